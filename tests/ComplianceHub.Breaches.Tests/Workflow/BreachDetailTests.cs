using static ComplianceHub.Breaches.Tests.Workflow.BreachApi;

namespace ComplianceHub.Breaches.Tests.Workflow;

/// <summary>What <c>GET /breaches/{id}</c> says about the supervisory authorities (Art. 55, 56).</summary>
public sealed class BreachDetailTests
{
    [Fact]
    public async Task A_German_and_French_breach_of_a_German_controller_shows_the_German_lead_and_the_French_concerned_authority()
    {
        await using var host = await BreachApi.StartAsync();
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("DE"), T0, ["FR", "DE"]);

        var breach = await host.GetAsync(id);

        var lead = breach.GetProperty("leadAuthority");
        Assert.Equal("DE", lead.GetProperty("country").GetString());
        Assert.Contains("Bundesbeauftragte für den Datenschutz", lead.GetProperty("name").GetString());
        var concerned = Assert.Single(breach.GetProperty("concernedAuthorities").EnumerateArray());
        Assert.Equal("FR", concerned.GetProperty("country").GetString());
        Assert.StartsWith("Commission Nationale de l", concerned.GetProperty("name").GetString());
        Assert.StartsWith("https://", concerned.GetProperty("breachNotificationUrl").GetString());
        Assert.Equal(["DE"], breach.GetProperty("requiredAuthorities").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["DE"], breach.GetProperty("outstandingAuthorities").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Without_an_EU_main_establishment_every_affected_countrys_authority_is_concerned_and_required()
    {
        await using var host = await BreachApi.StartAsync();
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("US"), T0, ["FR", "DE"]);

        var breach = await host.GetAsync(id);

        Assert.Equal(JsonValueKind.Null, breach.GetProperty("leadAuthority").ValueKind);
        Assert.Equal(["DE", "FR"], breach.GetProperty("concernedAuthorities").EnumerateArray().Select(a => a.GetProperty("country").GetString()));
        Assert.Equal(["DE", "FR"], breach.GetProperty("requiredAuthorities").EnumerateArray().Select(c => c.GetString()));
    }
}

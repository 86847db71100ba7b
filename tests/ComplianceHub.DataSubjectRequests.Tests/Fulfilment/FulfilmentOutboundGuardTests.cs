using ComplianceHub.Shared.Http.Outbound;

namespace ComplianceHub.DataSubjectRequests.Tests.Fulfilment;

/// <summary>
/// Server-side request forgery through a fulfilment system's webhook address: refused at registration and, after DNS
/// changed, at connection, before a packet is sent; the dead letter then names no internal address.
/// </summary>
public sealed class FulfilmentOutboundGuardTests
{
    private const string PublicAddress = "93.184.215.14"; // never connected to: the name is moved to loopback first
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("https://127.0.0.1/hooks/dsr")]
    [InlineData("https://[::1]/hooks/dsr")]
    [InlineData("https://10.0.0.1/hooks/dsr")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://[::ffff:127.0.0.1]/hooks/dsr")]
    [InlineData("https://[fe80::1]/hooks/dsr")]
    [InlineData("https://100.64.0.1/hooks/dsr")]
    [InlineData("https://[fd00::1]/hooks/dsr")]
    [InlineData("https://localhost/hooks/dsr")]
    [InlineData("http://127.0.0.1:8080/hooks/dsr")]
    public async Task When_a_webhook_address_is_internal_Should_refuse_the_system_naming_address(string address)
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1))));
        var organization = await host.OrganizationAsync("DE");

        var (status, body) = await host.PostAsync("/api/v1/fulfilment-systems",
            new { organizationId = organization, name = "Billing", requestTypes = new[] { "Access" }, delivery = "Webhook", address });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["address"], body.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task The_fulfilment_client_connects_through_the_guard_without_redirects_or_proxy()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1))));

        var handler = OutboundHandlers.Primary(host.App.Services, DataSubjectRequests.Fulfilment.DeliverFulfilmentWebhookConsumer.ClientName);

        Assert.False(handler.AllowAutoRedirect);
        Assert.False(handler.UseProxy);
        Assert.Equal(nameof(OutboundAddressGuard.ConnectAsync), handler.ConnectCallback?.Method.Name);
    }

    [Fact]
    public async Task When_the_name_resolves_to_loopback_after_registration_Should_dead_letter_the_webhook_unsent_without_internal_details()
    {
        await using var receiver = await CountingReceiver.StartAsync();
        var dns = new ScriptedResolver();
        dns.Set("billing.example", PublicAddress);
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1)), null,
            b => b.Services.AddSingleton<IOutboundAddressResolver>(dns)));
        var organization = await host.OrganizationAsync("DE");
        await host.RegisterSystemAsync(organization, "Billing", "Webhook", $"https://billing.example:{receiver.Port}/hooks/dsr?key=k3y", "Access");
        dns.Set("billing.example", "127.0.0.1");

        var id = await host.ReceiveAsync(organization, "Access", ReceivedAt);
        await host.VerifyAsync(id);

        JsonElement deadLetters = default;
        await host.WaitUntilAsync(async () =>
        {
            deadLetters = (await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/dead-letters")).GetProperty("items");
            return deadLetters.GetArrayLength() > 0;
        });
        var entry = Assert.Single(deadLetters.EnumerateArray());
        Assert.Contains("DeliverFulfilmentWebhook", entry.GetProperty("messageType").GetString(), StringComparison.Ordinal);
        var payload = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dead-letters/{entry.GetProperty("id").GetGuid()}/payload");
        var errors = payload.GetProperty("errors").GetRawText();
        Assert.Contains(OutboundRequestRefusedException.Reason, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", errors + entry.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("Pending", (await host.GetAsync(id)).GetProperty("tasks").EnumerateArray().Single().GetProperty("status").GetString());
        Assert.Equal(0, receiver.Connections);
        Assert.Equal(0, receiver.Requests);
    }
}

using static ComplianceHub.Notifications.Tests.Directory.DirectoryApi;

namespace ComplianceHub.Notifications.Tests.Directory;

public sealed class PlatformCallerAuditTests
{
    [Fact]
    public async Task A_platform_admin_acting_on_an_organisations_dpo_is_recorded_with_that_organisation_for_its_auditor()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var (org, _) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        using var auditor = await host.CallerAsync(org, Roles.Auditor);

        // The platform Admin (no organisation of its own) creates and replaces a DPO of the organisation.
        var id = await CreateAsync(host.Client, "/dpos", Dpo("Pia Platform", "pia@example.eu", new { organizationId = org }));
        using (var replaced = await host.Client.PutAsJsonAsync($"/api/v1/dpos/{id}", Dpo("Pia Platform", "pia.new@example.eu")))
        {
            replaced.EnsureSuccessStatusCode();
        }

        await using var scope = host.App.Services.CreateAsyncScope();
        var onTheDpo = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.AsNoTracking()
            .Where(e => e.Type == AuditTypes.ApiCall && e.Actor == "bootstrap-admin" && (e.Subject == "CreateDpo" || e.Subject == "UpdateDpo"))
            .ToListAsync();
        Assert.Equal(2, onTheDpo.Count);
        Assert.All(onTheDpo, e => Assert.Equal(org, e.OrganizationId));

        // So the organisation's Auditor reads them in its own view of the trail.
        var visible = await GetAsync(auditor, "/api/v1/audit?type=api.call&pageSize=500");
        Assert.Equal(2, visible.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("subject").GetString() is "CreateDpo" or "UpdateDpo"));
    }
}

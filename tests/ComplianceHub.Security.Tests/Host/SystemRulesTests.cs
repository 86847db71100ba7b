using ComplianceHub.Security.Scheduled;

namespace ComplianceHub.Security.Tests.Host;

/// <summary>Encryption, backup and vulnerability rules, the scheduled backup check and finished scans.</summary>
public sealed class SystemRulesTests
{
    [Fact]
    public async Task When_encryption_is_disabled_on_a_personal_data_system_a_high_alert_and_a_potential_breach_follow()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0));
        await host.SubmitAsync(
            Events.Encryption(T0.AddMinutes(-5), "customer-db", "Ok", 365),
            Events.Encryption(T0.AddMinutes(-4), "customer-db", "Disabled", personalData: true),
            Events.Encryption(T0.AddMinutes(-3), "customer-db", "Disabled", personalData: true));
        await host.EvaluatedAsync();
        var alert = Assert.Single(await host.AlertsAsync());
        Assert.Equal("High", alert.GetProperty("priority").GetString());
        Assert.True(alert.GetProperty("potentialBreach").GetBoolean());
        Assert.Single(await host.PublishedAsync("PotentialBreachDetected"));
    }

    [Fact]
    public async Task When_encryption_is_disabled_on_a_system_without_personal_data_only_the_alert_is_raised()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0));
        await host.SubmitAsync(
            Events.Encryption(T0.AddMinutes(-5), "build-cache", "Disabled"),
            Events.Encryption(T0.AddMinutes(-4), "wiki", "Degraded"),
            Events.Encryption(T0.AddMinutes(-3), "crm", "Ok", 366),
            Events.Encryption(T0.AddMinutes(-3), "erp", "Ok", 365));
        await host.EvaluatedAsync();
        var alerts = await host.AlertsAsync();
        Assert.Equal(new[] { "High", "Medium", "Medium" }, alerts.Select(a => a.GetProperty("priority").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(await host.PublishedAsync("PotentialBreachDetected"));

        // A system listed as holding personal data in the organisation's rules counts as such.
        await host.SendAsync(HttpMethod.Put, "/api/v1/security-rules", new { organizationId = host.Organization, thresholds = new { personalDataSystems = new[] { "HR-DB" } } });
        await host.SubmitAsync(Events.Encryption(T0.AddMinutes(-1), "hr-db", "Disabled"));
        await host.EvaluatedAsync();
        Assert.Single(await host.PublishedAsync("PotentialBreachDetected"));
    }

    [Fact]
    public async Task When_no_backup_verification_succeeds_for_30_days_the_scheduled_check_alerts_once()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0));
        await host.SubmitAsync(Events.Backup(T0.AddMinutes(-10), "customer-db", true), Events.Backup(T0.AddMinutes(-5), "hr-db", false));
        await host.EvaluatedAsync();
        var failed = Assert.Single(await host.AlertsAsync());
        Assert.Equal("Medium", failed.GetProperty("priority").GetString());
        Assert.Equal("Backup restore failed", failed.GetProperty("title").GetString());

        host.Clock.AdvanceTo(T0.AddDays(30).AddMinutes(-10).AddSeconds(-5));
        Assert.Equal(0, await RunCheckAsync(host)); // customer-db is at 30 days, hr-db not yet
        host.Clock.AdvanceTo(T0.AddDays(30).AddMinutes(-5).AddSeconds(1));
        Assert.Equal(2, await RunCheckAsync(host));
        Assert.Equal(0, await RunCheckAsync(host));
        Assert.Equal(2, (await host.AlertsAsync()).Count(a => a.GetProperty("title").GetString() == "Backup verification overdue"));
    }

    [Fact]
    public async Task Should_store_a_finished_scan_with_CVSS_priorities_and_alert_at_the_highest()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0));
        var body = new
        {
            organizationId = host.Organization,
            issues = new[]
            {
                new { id = "CVE-1", title = "Medium thing", cvssScore = 4.0m, asset = "web-1" },
                new { id = "CVE-2", title = "High thing", cvssScore = 8.9m, asset = "web-2" },
                new { id = "CVE-3", title = "Low thing", cvssScore = 3.9m, asset = "web-3" },
            },
        };
        var (status, scan) = await host.SendAsync(HttpMethod.Post, "/api/v1/scans/nightly-42/finished", body);
        Assert.True(status == HttpStatusCode.Accepted, scan.ToString());
        var (again, repeated) = await host.SendAsync(HttpMethod.Post, "/api/v1/scans/nightly-42/finished", body);
        Assert.Equal(HttpStatusCode.Accepted, again);
        Assert.Equal(scan.GetProperty("id").GetGuid(), repeated.GetProperty("id").GetGuid());

        var (_, read) = await host.SendAsync(HttpMethod.Get, "/api/v1/scans/nightly-42");
        Assert.Equal(new[] { "High", "Medium", "Low" }, read.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("priority").GetString()!).ToArray());
        var alert = Assert.Single(await host.AlertsAsync("&type=VulnerabilityScan"));
        Assert.Equal("High", alert.GetProperty("priority").GetString());
        Assert.Equal(alert.GetProperty("id").GetGuid(), read.GetProperty("alertId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(HttpMethod.Get, "/api/v1/scans/unknown")).Status);

        await host.SubmitAsync(Events.Vulnerability(T0, 9.0m));
        await host.EvaluatedAsync();
        Assert.Single(await host.AlertsAsync("&priority=Critical"));
    }

    private static async Task<int> RunCheckAsync(ModuleTestHost host)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BackupVerificationCheck>().RunAsync(CancellationToken.None);
    }
}

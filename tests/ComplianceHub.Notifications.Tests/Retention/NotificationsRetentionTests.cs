using ComplianceHub.Notifications.Retention;

namespace ComplianceHub.Notifications.Tests.Retention;

public sealed class NotificationsRetentionTests
{
    [Fact]
    public async Task Acknowledged_alerts_past_retention_are_deleted_with_their_evidence_and_the_purge_is_audited_while_open_ones_stay()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationWithRegionalDpoAsync();
        var done = await host.RaiseAsync(organization, "High", "DE");
        var open = await host.RaiseAsync(organization, "High", "DE");
        await host.WaitUntilAsync(async () => await host.WithDbAsync(db => db.DeliveryAttempts.CountAsync()) >= 4);
        using (var acknowledged = await host.Client.PostAsJsonAsync($"/api/v1/alerts/{done}/acknowledge", new { }))
        {
            Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        }

        await using var scope = host.App.Services.CreateAsyncScope();
        var retention = scope.ServiceProvider.GetRequiredService<NotificationsRetention>();
        Assert.Equal((0, 0), await retention.PurgeAsync(MondayMorning.AddDays(729), CancellationToken.None));

        var (alerts, _) = await retention.PurgeAsync(MondayMorning.AddDays(731), CancellationToken.None);

        Assert.Equal(1, alerts);
        Assert.False(await host.WithDbAsync(db => db.Alerts.AnyAsync(a => a.Id == done)));
        Assert.False(await host.WithDbAsync(db => db.DeliveryAttempts.AnyAsync(a => a.AlertId == done)));
        Assert.False(await host.WithDbAsync(db => db.EscalationSteps.AnyAsync(s => s.AlertId == done)));
        Assert.True(await host.WithDbAsync(db => db.DeliveryAttempts.AnyAsync(a => a.AlertId == open)));
        using var gone = await host.Client.GetAsync($"/api/v1/alerts/{done}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var purge = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.AsNoTracking()
            .SingleAsync(e => e.Type == AuditTypes.NotificationsPurged);
        Assert.Contains("\"deleted\":\"1\"", purge.Data, StringComparison.Ordinal);
    }
}

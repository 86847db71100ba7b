namespace ComplianceHub.Shared.Tests.Audit;

public sealed class RetentionAuditTests
{
    [Fact]
    public async Task Delivered_outbox_rows_past_retention_are_deleted_for_real_and_the_purge_is_in_the_audit_trail()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Outbox:DeliveredRetention=00:00:00.500", "Messaging:Outbox:CleanupInterval=00:00:01"));
        var key = Guid.NewGuid();
        await host.Services.GetRequiredService<IBus>().Publish(new RecordEntry(key, "k", 1));
        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Key == key && e.Kind == "observed"));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<AuditEntry> purges;
        do
        {
            await Task.Delay(200);
            purges = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.AsNoTracking()
                .Where(e => e.Type == AuditTypes.MessagingPurged && e.Subject == "messaging:ledger").ToListAsync());
        }
        while (purges.Count == 0 && DateTime.UtcNow < deadline);

        var purge = Assert.Single(purges.Take(1));
        Assert.True(JsonDocument.Parse(purge.Data).RootElement.GetProperty("deliveredOutboxRows").GetString() is { } count && int.Parse(count) >= 1);
        Assert.Equal(0, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DeliveredAt != null)));
        Assert.True((await AuditTrailTests.VerifyAsync(host)).Valid);
    }
}

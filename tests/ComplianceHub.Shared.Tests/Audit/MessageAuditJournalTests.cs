namespace ComplianceHub.Shared.Tests.Audit;

public sealed class MessageAuditJournalTests
{
    [Fact]
    public async Task Every_message_sent_consumed_or_failed_lands_in_the_chain_without_its_body()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Retry:Limit=1", "Messaging:Retry:BaseDelay=00:00:00.010"));
        var ok = Guid.NewGuid();
        var broken = Guid.NewGuid();
        host.Services.GetRequiredService<LedgerFaults>().Break(broken);

        await PublishAsync(host, new RecordEntry(ok, "secret-partition-ok", 1), new RecordEntry(broken, "secret-partition-broken", 1));

        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().CountAsync(e => e.Key == ok && e.Kind == "observed") == 1);
        var messages = await host.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Select(m => m.MessageId).ToListAsync());
        await WaitForAsync(host, entries =>
            messages.All(id => entries.Any(e => e.Type == AuditTypes.MessageSent && e.Subject == $"message:{id}"))
            && entries.Count(e => e.Type == AuditTypes.MessageConsumed) >= 2
            && entries.Any(e => e.Type == AuditTypes.MessageFailed));

        var trail = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        var failed = trail.Single(e => e.Type == AuditTypes.MessageFailed && DataOf(e)["messageType"] == typeof(RecordEntry).FullName);
        Assert.False(string.IsNullOrEmpty(DataOf(failed)["exception"]));
        Assert.Contains(trail, e => e.Type == AuditTypes.MessageConsumed && DataOf(e)["messageType"] == typeof(EntryRecorded).FullName);
        Assert.All(trail, e => Assert.DoesNotContain("secret-partition", e.Data, StringComparison.Ordinal));
        Assert.True((await AuditTrailTests.VerifyAsync(host)).Valid);
    }

    [Fact]
    public async Task When_message_events_are_switched_off_the_trail_records_none()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Audit:MessageEvents=false"));
        var key = Guid.NewGuid();

        await PublishAsync(host, new RecordEntry(key, "k", 1));
        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().CountAsync(e => e.Key == key && e.Kind == "observed") == 1);
        await Task.Delay(500);

        var types = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.Select(e => e.Type).ToListAsync());
        Assert.DoesNotContain(types, t => t.StartsWith("message.", StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> DataOf(AuditEntry entry) =>
        JsonSerializer.Deserialize<Dictionary<string, string?>>(entry.Data)!;

    private static async Task PublishAsync(ModuleTestHost host, params RecordEntry[] messages)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IModuleOutbox<LedgerDbContext>>();
        foreach (var message in messages)
        {
            await outbox.PublishEndpoint.Publish(message);
        }

        await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().SaveChangesAsync();
    }

    private static async Task WaitForAsync(ModuleTestHost host, Func<List<AuditEntry>, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var entries = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.AsNoTracking().ToListAsync());
            if (condition(entries))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The trail holds only: {string.Join(", ", entries.Select(e => e.Type))}");
            await Task.Delay(200);
        }
    }
}

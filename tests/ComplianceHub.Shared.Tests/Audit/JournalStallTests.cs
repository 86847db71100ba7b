namespace ComplianceHub.Shared.Tests.Audit;

public sealed class JournalStallTests
{
    [Fact]
    public async Task Message_events_the_trail_refuses_are_kept_and_retried_with_an_operations_alert_and_land_once_it_accepts_them_again()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        await AuditTamperScenarios.AppendAsync(host, 2);
        var second = await AuditTamperScenarios.WithAuditAsync(host, db => db.Entries.AsNoTracking().OrderBy(e => e.Sequence).Skip(1).FirstAsync());
        var first = await AuditTamperScenarios.WithAuditAsync(host, db => db.Entries.AsNoTracking().OrderBy(e => e.Sequence).FirstAsync());
        await AuditTamperScenarios.WithAuditAsync(host, async db =>
        {
            await db.Entries.Where(e => e.Sequence == second.Sequence).ExecuteDeleteAsync();
            return await db.Head.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, first.Sequence).SetProperty(h => h.Hash, first.Hash));
        });

        // A message consumed while the trail refuses every append: its events wait in the journal.
        var key = Guid.NewGuid();
        await host.Services.GetRequiredService<IBus>().Publish(new RecordEntry(key, "k", 1));
        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Key == key));
        await Poll.UntilAsync(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().Set<OutboxMessage>()
                .AnyAsync(m => m.MessageType.Contains(nameof(AuditJournalStalled)));
        }, TimeSpan.FromSeconds(30));
        Assert.False(await ConsumedIsRecordedAsync(host));

        // After the Admin's reseal the journal's next attempt lands the very events it kept.
        Assert.NotNull(await host.Services.GetRequiredService<AuditHeadReseal>().ResealAsync(first.Sequence, "admin", "investigated", CancellationToken.None));
        await Poll.UntilAsync(() => ConsumedIsRecordedAsync(host), TimeSpan.FromSeconds(60));
    }

    private static Task<bool> ConsumedIsRecordedAsync(ModuleTestHost host) =>
        AuditTamperScenarios.WithAuditAsync(host, db => db.Entries.AnyAsync(e => e.Type == AuditTypes.MessageConsumed));
}

namespace ComplianceHub.IntegrationTests;

/// <summary>Sagas and timers of the messaging backbone on PostgreSQL and RabbitMQ (quorum queues), across restarts and hosts.</summary>
[Collection(ServersCollection.Name)]
public sealed class SagaAndTimerOnRealServersTests(ServersFixture servers)
{
    [Fact]
    public async Task A_timer_scheduled_before_a_restart_fires_once_after_it_and_a_cancelled_one_never()
    {
        var settings = await servers.FreshHostArgsAsync();
        var fires = NewId.NextGuid();
        var cancelled = NewId.NextGuid();
        await using (var before = await ModuleTestHost.StartAsync(h => h.Ledger(settings)))
        {
            var bus = before.Services.GetRequiredService<IBus>();
            await bus.Publish(new OpenRound(fires, 2_000));
            await bus.Publish(new OpenRound(cancelled, 2_000));
            await before.WaitUntilAsync(async db => await db.Set<LedgerRound>().CountAsync() == 2);
            await bus.Publish(new CloseRound(cancelled));
            await before.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == cancelled && r.CurrentState == "Done"));
        }

        await Task.Delay(2_500);
        await using var after = await ModuleTestHost.StartAsync(h => h.Ledger(settings));

        await after.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == fires && r.Reminders > 0), TimeSpan.FromSeconds(30));
        await Task.Delay(2_000);
        var rounds = await after.WithDbAsync(db => db.Set<LedgerRound>().AsNoTracking().ToDictionaryAsync(r => r.CorrelationId));
        Assert.Equal(1, rounds[fires].Reminders);
        Assert.Equal(0, rounds[cancelled].Reminders);
    }

    [Fact]
    public async Task Two_hosts_fire_every_timer_once_and_apply_every_concurrent_saga_event()
    {
        var settings = await servers.FreshHostArgsAsync();
        string[] patient = [.. settings, "Messaging:Retry:Limit=12", "Messaging:Retry:BaseDelay=00:00:00.010", "Messaging:Retry:MaxDelay=00:00:02", "Messaging:Retry:ConflictLimit=20"];
        await using var first = await ModuleTestHost.StartAsync(h => h.Ledger(patient));
        await using var second = await ModuleTestHost.StartAsync(h => h.Ledger(patient));
        var rounds = Enumerable.Range(0, 50).Select(_ => NewId.NextGuid()).ToList();

        await Task.WhenAll(rounds.Select((id, i) => (i % 2 == 0 ? first : second).Services.GetRequiredService<IBus>().Publish(new OpenRound(id, 3_000))));
        await first.WaitUntilAsync(async db => await db.Set<LedgerRound>().CountAsync() == 50, TimeSpan.FromSeconds(30));
        var contested = rounds[0];
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            (i % 2 == 0 ? first : second).Services.GetRequiredService<IBus>().Publish(new AdvanceRound(contested))));

        await first.WaitUntilAsync(async db => await db.Set<LedgerRound>().CountAsync(r => r.Reminders > 0) == 50, TimeSpan.FromSeconds(60));
        await first.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == contested && r.Advances == 30), TimeSpan.FromSeconds(60));
        await Task.Delay(3_000);
        var states = await first.WithDbAsync(db => db.Set<LedgerRound>().AsNoTracking().ToListAsync());
        Assert.All(states, r => Assert.Equal(1, r.Reminders));
    }
}

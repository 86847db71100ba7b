namespace ComplianceHub.Shared.Tests.Messaging;

/// <summary>Persistent sagas and durable timers on SQLite with the in-memory bus; the host is stopped and started for real.</summary>
public sealed class SagaAndTimerTests
{
    private readonly string _data = Directory.CreateTempSubdirectory("ch-saga-").FullName;

    private static Task<LedgerRound?> RoundAsync(ModuleTestHost host, Guid id) =>
        host.WithDbAsync(db => db.Set<LedgerRound>().AsNoTracking().SingleOrDefaultAsync(r => r.CorrelationId == id));

    [Fact]
    public async Task A_saga_that_received_one_event_before_a_restart_completes_with_the_next_event_after_it()
    {
        var id = NewId.NextGuid();
        await using (var before = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(_data)))
        {
            await before.Services.GetRequiredService<IBus>().Publish(new OpenRound(id, 60_000));
            await before.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == id));
        }

        await using var after = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(_data));
        await after.Services.GetRequiredService<IBus>().Publish(new CloseRound(id));

        await after.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == id && r.CurrentState == "Done"));
        Assert.Equal(0, await after.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DueAt != null && m.DeliveredAt == null)));
    }

    [Fact]
    public async Task A_timer_scheduled_before_a_restart_fires_once_after_it()
    {
        var id = NewId.NextGuid();
        await using (var before = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(_data)))
        {
            await before.Services.GetRequiredService<IBus>().Publish(new OpenRound(id, 1_500));
            await before.WaitUntilAsync(async db => await db.Set<OutboxMessage>().AnyAsync(m => m.DueAt != null));
        }

        await Task.Delay(2_000); // the timer comes due while no host runs
        await using var after = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(_data));

        await after.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == id && r.Reminders > 0));
        await Task.Delay(1_500);
        var round = await RoundAsync(after, id);
        Assert.Equal(1, round!.Reminders);
        Assert.Equal("Reminded", round.CurrentState);
    }

    [Fact]
    public async Task A_cancelled_timer_never_fires()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(_data));
        var bus = host.Services.GetRequiredService<IBus>();
        var id = NewId.NextGuid();

        await bus.Publish(new OpenRound(id, 1_000));
        await host.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == id));
        await bus.Publish(new CloseRound(id));
        await host.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == id && r.CurrentState == "Done"));
        await Task.Delay(2_500);

        var round = await RoundAsync(host, id);
        Assert.Equal(0, round!.Reminders);
        Assert.Null(round.ReminderTokenId);
        Assert.Equal(0, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DueAt != null)));
    }

    [Fact]
    public async Task Saga_instances_can_be_loaded_and_queried_outside_a_message()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(_data));
        var open = NewId.NextGuid();
        var closed = NewId.NextGuid();
        var bus = host.Services.GetRequiredService<IBus>();
        await bus.Publish(new OpenRound(open, 600_000));
        await bus.Publish(new OpenRound(closed, 600_000));
        await host.WaitUntilAsync(async db => await db.Set<LedgerRound>().CountAsync() == 2);
        await bus.Publish(new CloseRound(closed));
        await host.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == closed && r.CurrentState == "Done"));

        var loaded = await host.Services.GetRequiredService<ILoadSagaRepository<LedgerRound>>().Load(open);
        var found = await host.Services.GetRequiredService<IQuerySagaRepository<LedgerRound>>()
            .Find(new MassTransit.Saga.SagaQuery<LedgerRound>(r => r.CurrentState == "Open"));

        Assert.Equal("Open", loaded.CurrentState);
        Assert.Equal([open], found);
        Assert.Null(await host.Services.GetRequiredService<ILoadSagaRepository<LedgerRound>>().Load(NewId.NextGuid()));
    }

    [Fact]
    public async Task Concurrent_events_for_one_saga_are_all_applied_despite_conflicts()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Retry:Limit=10", "Messaging:Retry:BaseDelay=00:00:00.010", "Messaging:Retry:MaxDelay=00:00:01", "Messaging:Retry:ConflictLimit=20").InDirectory(_data));
        var bus = host.Services.GetRequiredService<IBus>();
        var id = NewId.NextGuid();
        await bus.Publish(new OpenRound(id, 600_000));
        await host.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == id));

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => bus.Publish(new AdvanceRound(id))));

        await host.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == id && r.Advances == 40), TimeSpan.FromSeconds(60));
        var round = await RoundAsync(host, id);
        Assert.Equal(41, round!.Version);
    }
}

namespace ComplianceHub.Shared.Tests.Messaging;

/// <summary>The transactional outbox and the inbox on the real wiring: SQLite, the in-memory bus, the dispatcher.</summary>
public sealed class OutboxTests
{
    private static async Task PublishThroughOutboxAsync(ModuleTestHost host, bool save, params RecordEntry[] messages)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IModuleOutbox<LedgerDbContext>>();
        foreach (var message in messages)
        {
            await outbox.PublishEndpoint.Publish(message, c => c.Headers.Set("CH-Partition-Key", message.PartitionKey));
        }

        if (save)
        {
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task When_the_unit_of_work_is_saved_the_message_is_delivered_and_its_consequences_follow()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var key = Guid.NewGuid();

        await PublishThroughOutboxAsync(host, save: true, new RecordEntry(key, "k", 1));

        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().CountAsync(e => e.Key == key && e.Kind == "observed") == 1);
        // A row is marked delivered after the broker's confirm, which may come after the consumer already ran.
        await host.WaitUntilAsync(async db => await db.Set<OutboxMessage>().AllAsync(m => m.DeliveredAt != null));
        var outbox = await host.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());
        Assert.Equal(2, outbox.Count); // the API's RecordEntry and the consumer's EntryRecorded
        Assert.All(outbox, m => Assert.NotNull(m.DeliveredAt));
    }

    [Fact]
    public async Task When_the_unit_of_work_is_not_saved_nothing_is_sent()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());

        await PublishThroughOutboxAsync(host, save: false, new RecordEntry(Guid.NewGuid(), "k", 1));
        await AssertNothingSentAsync(host);
    }

    [Fact]
    public async Task When_the_transaction_rolls_back_the_message_is_never_sent()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IModuleOutbox<LedgerDbContext>>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await outbox.PublishEndpoint.Publish(new RecordEntry(Guid.NewGuid(), "k", 1));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await AssertNothingSentAsync(host);
    }

    [Fact]
    public async Task When_the_same_message_arrives_twice_the_consumer_runs_once()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var bus = host.Services.GetRequiredService<IBus>();
        var messageId = NewId.NextGuid();
        var key = Guid.NewGuid();

        for (var copy = 0; copy < 3; copy++)
        {
            await bus.Publish(new RecordEntry(key, "k", 1), c => c.MessageId = messageId);
        }

        // All three copies must have been received (the count is written as each copy is turned away) before the
        // effects are counted: under load the third copy can arrive well after the first one was consumed.
        await host.WaitUntilAsync(async db => await db.Set<InboxState>().CountAsync(i => i.MessageId == messageId && i.DeliveredAt != null && i.ReceiveCount == 3) == 1
            && await db.Set<LedgerEntry>().AnyAsync(e => e.Key == key && e.Kind == "observed"));
        await Task.Delay(500);
        Assert.Equal(1, await host.WithDbAsync(db => db.Set<LedgerEntry>().CountAsync(e => e.Key == key && e.Kind == "recorded")));
        Assert.Equal(1, await host.WithDbAsync(db => db.Set<LedgerEntry>().CountAsync(e => e.Key == key && e.Kind == "observed")));
        var inbox = await host.WithDbAsync(db => db.Set<InboxState>().SingleAsync(i => i.MessageId == messageId));
        Assert.Equal(3, inbox.ReceiveCount);
    }

    [Fact]
    public async Task When_a_consumer_fails_after_publishing_neither_its_effect_nor_its_message_survives()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Retry:Limit=2", "Messaging:Retry:BaseDelay=00:00:00.020"));
        var faulted = new TaskCompletionSource();
        var bus = host.Services.GetRequiredService<IBus>();
        var handle = bus.ConnectReceiveEndpoint("ledger-faults", e =>
            e.Handler<Fault<RecordEntry>>(_ =>
            {
                faulted.TrySetResult();
                return Task.CompletedTask;
            }));
        await handle.Ready;

        await bus.Publish(new RecordEntry(Guid.NewGuid(), "k", 1, FailAfterPublishing: true));
        await faulted.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(0, await host.WithDbAsync(db => db.Set<LedgerEntry>().CountAsync()));
        Assert.Equal(0, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
        Assert.Equal(0, await host.WithDbAsync(db => db.Set<InboxState>().CountAsync()));
    }

    [Fact]
    public Task Messages_of_one_partition_key_are_delivered_in_the_order_they_were_stored() =>
        AssertOrderPerKeyAsync(
            "Messaging:Endpoints:entry-recorded:ConcurrentMessageLimit=1",
            "Messaging:Endpoints:entry-recorded:PrefetchCount=1",
            "Messaging:Outbox:BatchSize=7");

    [Fact]
    public Task An_ordered_endpoint_consumes_each_key_in_order_while_keys_run_concurrently() =>
        AssertOrderPerKeyAsync(
            "Messaging:Endpoints:entry-recorded:Ordered=true",
            "Messaging:Endpoints:entry-recorded:ConcurrentMessageLimit=16",
            "Messaging:Endpoints:entry-recorded:PrefetchCount=64");

    private static async Task AssertOrderPerKeyAsync(params string[] settings)
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(settings));
        string[] keys = ["a", "b", "c", "d"];

        for (var batch = 0; batch < 5; batch++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IModuleOutbox<LedgerDbContext>>();
            for (var i = 0; i < 40; i++)
            {
                var key = keys[i % keys.Length];
                await outbox.PublishEndpoint.Publish(new EntryRecorded(Guid.NewGuid(), key, (batch * 40) + i), c => c.Headers.Set("CH-Partition-Key", key));
            }

            await db.SaveChangesAsync();
        }

        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().CountAsync(e => e.Kind == "observed") == 200);
        var observed = await host.WithDbAsync(db => db.Set<LedgerEntry>().AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        foreach (var key in keys)
        {
            var sequence = observed.Where(e => e.PartitionKey == key).Select(e => e.Sequence).ToList();
            Assert.Equal(sequence.Order(), sequence);
            Assert.Equal(50, sequence.Count);
        }
    }

    /// <summary>A second later, the message was neither consumed nor left in the outbox to be sent.</summary>
    private static async Task AssertNothingSentAsync(ModuleTestHost host)
    {
        await Task.Delay(1_000);

        Assert.Equal(0, await host.WithDbAsync(db => db.Set<LedgerEntry>().CountAsync()));
        Assert.Equal(0, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }
}

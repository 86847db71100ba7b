namespace ComplianceHub.Shared.Tests.Messaging;

public sealed class OutboxDispatchTests
{
    [Fact]
    public async Task When_a_row_cannot_be_delivered_it_is_parked_and_other_keys_keep_flowing()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(
            "Messaging:Outbox:MaxAttempts=3", "Messaging:Outbox:RetryBaseDelay=00:00:00.050"));
        var poison = await host.WithDbAsync(async db =>
        {
            var row = new OutboxMessage
            {
                PartitionKey = "poison",
                CreatedAt = DateTimeOffset.UtcNow,
                MessageId = Guid.NewGuid(),
                DestinationAddress = "loopback://localhost/record-entry",
                ContentType = "application/vnd.masstransit+json",
                MessageType = "urn:message:Nowhere:Nothing",
                Body = "{ this is not json",
            };
            db.Add(row);
            await db.SaveChangesAsync();
            return row.SequenceNumber;
        });

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IModuleOutbox<LedgerDbContext>>();
            await outbox.PublishEndpoint.Publish(new RecordEntry(Guid.NewGuid(), "healthy", 1));
            await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().SaveChangesAsync();
        }

        await host.WaitUntilAsync(async db => await db.Set<OutboxMessage>().AnyAsync(m => m.SequenceNumber == poison && m.ParkedAt != null));
        var parked = await host.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.SequenceNumber == poison));
        Assert.Equal(3, parked.Attempts);
        Assert.Null(parked.DeliveredAt);
        Assert.NotNull(parked.LastError);
        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Kind == "observed"));
    }

    [Fact]
    public async Task While_the_broker_breaker_is_open_nothing_is_sent_no_attempt_is_spent_and_nothing_is_lost()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var broker = host.Services.GetRequiredService<CircuitBreakerRegistry>().Get(OutboxDispatcher<LedgerDbContext>.BrokerBreaker);
        broker.ForceOpen("broker maintenance", "tester");
        var key = Guid.NewGuid();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IModuleOutbox<LedgerDbContext>>();
            await outbox.PublishEndpoint.Publish(new RecordEntry(key, "k", 1));
            await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().SaveChangesAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(2.5)); // two idle polls
        var waiting = await host.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync());
        Assert.Null(waiting.DeliveredAt);
        Assert.Equal(0, waiting.Attempts);
        Assert.False(await host.WithDbAsync(db => db.Set<LedgerEntry>().AnyAsync(e => e.Key == key)));

        broker.ForceClose("maintenance over", "tester");
        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Key == key && e.Kind == "recorded"));
    }

    [Fact]
    public async Task A_host_that_stops_gracefully_hands_its_dispatch_lease_over_at_once()
    {
        var data = Directory.CreateTempSubdirectory("ch-ledger-").FullName;
        string first;
        await using (var host = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(data)))
        {
            await host.WaitUntilAsync(async db => await db.Set<OutboxLease>().AnyAsync());
            first = await host.WithDbAsync(db => db.Set<OutboxLease>().Select(l => l.Holder).SingleAsync());
        }

        await using var next = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(data));

        // Without the release the lease would run for its 15 s and the new host wait for it.
        await next.WaitUntilAsync(async db => await db.Set<OutboxLease>().AnyAsync(l => l.Holder != first), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task While_one_host_holds_the_dispatch_lease_no_other_host_gets_it()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Outbox:PollInterval=01:00:00"));
        var now = DateTimeOffset.UtcNow;
        var lease = TimeSpan.FromSeconds(10);

        // The host's own dispatcher takes the lease on its first pass (then not again for the hour-long poll): let it,
        // then clear the row, or it could take the lease between the clearing and host-a's first hold.
        await host.WaitUntilAsync(async db => await db.Set<OutboxLease>().AnyAsync());
        await host.WithDbAsync(db => db.Set<OutboxLease>().ExecuteDeleteAsync());
        Assert.True(await host.WithDbAsync(db => DispatchLease.TryHoldAsync(db, "host-a", now, lease, default)));
        Assert.False(await host.WithDbAsync(db => DispatchLease.TryHoldAsync(db, "host-b", now.AddSeconds(5), lease, default)));
        Assert.True(await host.WithDbAsync(db => DispatchLease.TryHoldAsync(db, "host-a", now.AddSeconds(5), lease, default)));
        Assert.False(await host.WithDbAsync(db => DispatchLease.TryHoldAsync(db, "host-b", now.AddSeconds(14), lease, default)));
        Assert.True(await host.WithDbAsync(db => DispatchLease.TryHoldAsync(db, "host-b", now.AddSeconds(16), lease, default)));
    }

    [Fact]
    public async Task Housekeeping_removes_delivered_rows_and_inbox_rows_past_retention_and_keeps_the_rest()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Outbox:PollInterval=01:00:00"));
        var now = DateTimeOffset.UtcNow;
        var options = new OutboxOptions { DeliveredRetention = TimeSpan.FromHours(1), InboxRetention = TimeSpan.FromDays(2) };
        await host.WithDbAsync(async db =>
        {
            db.AddRange(
                Row(now.AddHours(-2), delivered: true),
                Row(now.AddMinutes(-30), delivered: true),
                Row(now.AddHours(-5), delivered: false));
            db.AddRange(
                new InboxState { MessageId = Guid.NewGuid(), ConsumerId = Guid.NewGuid(), ReceivedAt = now.AddDays(-3), DeliveredAt = now.AddDays(-3) },
                new InboxState { MessageId = Guid.NewGuid(), ConsumerId = Guid.NewGuid(), ReceivedAt = now.AddDays(-1), DeliveredAt = now.AddDays(-1) },
                new InboxState { MessageId = Guid.NewGuid(), ConsumerId = Guid.NewGuid(), ReceivedAt = now.AddDays(-3) });
            return await db.SaveChangesAsync();
        });

        var removed = await host.WithDbAsync(db => MessagingHousekeeping<LedgerDbContext>.CleanAsync(db, options, now, default));

        Assert.Equal((1, 1), removed);
        Assert.Equal(2, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
        Assert.Equal(2, await host.WithDbAsync(db => db.Set<InboxState>().CountAsync()));
        Assert.Equal(0, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DeliveredAt < now.AddHours(-1))));
    }

    private static OutboxMessage Row(DateTimeOffset at, bool delivered) => new()
    {
        PartitionKey = "k",
        CreatedAt = at,
        DueAt = delivered ? null : at.AddDays(30), // an undelivered timer: must survive whatever its age
        DeliveredAt = delivered ? at : null,
        MessageId = Guid.NewGuid(),
        DestinationAddress = "loopback://localhost/record-entry",
        ContentType = "application/vnd.masstransit+json",
        MessageType = "urn:message:X",
        Body = "{}",
    };
}

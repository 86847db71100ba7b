namespace ComplianceHub.Shared.Tests.Messaging;

/// <summary>Outbox bodies are encrypted in the table (delivered rows stay there as evidence) and still delivered intact.</summary>
public sealed class OutboxAtRestTests : IDisposable
{
    private static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string OldKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string NewKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly string _data = Directory.CreateTempSubdirectory("ch-atrest-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task A_message_body_is_stored_without_its_text_and_delivered_with_it()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(_data));
        var key = Guid.NewGuid();
        var marker = "Jane-Example-" + Guid.NewGuid().ToString("N");

        await PublishAsync(host, new RecordEntry(key, marker, 1));

        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Key == key && e.Kind == "observed"));
        var recorded = await host.WithDbAsync(db => db.Set<LedgerEntry>().AsNoTracking().SingleAsync(e => e.Key == key && e.Kind == "recorded"));
        Assert.Equal(marker, recorded.PartitionKey);
        var bodies = await RawBodiesAsync(host);
        Assert.Equal(2, bodies.Count); // the RecordEntry and the consumer's EntryRecorded, both delivered and kept
        Assert.All(bodies, body => Assert.DoesNotContain(marker, body, StringComparison.Ordinal));
        Assert.All(bodies, body => Assert.Equal(host.Services.GetRequiredService<MessageKeyRing>().ActiveEncryptionKey, OutboxBodies.KeyIdOf(body)));
    }

    [Fact]
    public async Task A_timer_stored_under_the_previous_key_fires_after_the_key_was_rotated()
    {
        var id = NewId.NextGuid();
        await using (var before = await ModuleTestHost.StartAsync(h => h.Ledger(Keys(active: "2026-11", "2026-11")).InDirectory(_data)))
        {
            await before.Services.GetRequiredService<IBus>().Publish(new OpenRound(id, 2_000));
            await before.WaitUntilAsync(async db => await db.Set<OutboxMessage>().AnyAsync(m => m.DueAt != null));
            Assert.Equal(["2026-11"], (await RawBodiesAsync(before)).Select(OutboxBodies.KeyIdOf));
        }

        await using var after = await ModuleTestHost.StartAsync(h => h.Ledger(Keys(active: "2026-12", "2026-11", "2026-12")).InDirectory(_data));

        await after.WaitUntilAsync(async db => await db.Set<LedgerRound>().AnyAsync(r => r.CorrelationId == id && r.Reminders > 0));
        // The consumer may run before the dispatcher has recorded the broker's confirm on the row.
        await after.WaitUntilAsync(async db => await db.Set<OutboxMessage>().AnyAsync(m => m.DueAt != null && m.DeliveredAt != null));
        var timer = await after.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.DueAt != null));
        Assert.NotNull(timer.DeliveredAt);
        Assert.Equal(0, timer.Attempts);
        Assert.Equal("2026-11", OutboxBodies.KeyIdOf(timer.Body));
    }

    [Fact]
    public async Task A_row_stored_in_clear_before_encryption_is_still_delivered()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(_data));
        var broker = host.Services.GetRequiredService<CircuitBreakerRegistry>().Get(OutboxDispatcher<LedgerDbContext>.BrokerBreaker);
        broker.ForceOpen("holding the row back", "tester");
        var key = Guid.NewGuid();
        await PublishAsync(host, new RecordEntry(key, "legacy", 1));

        // Turn the row into what this version's predecessor stored: the same envelope, in clear.
        var keys = host.Services.GetRequiredService<MessageKeyRing>();
        var row = await host.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync());
        var clear = OutboxBodies.Open(keys, row.MessageId, row.Body);
        await host.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.SequenceNumber == row.SequenceNumber)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Body, clear)));
        Assert.Contains(key.ToString(), (await RawBodiesAsync(host)).Single(), StringComparison.Ordinal);
        broker.ForceClose("done", "tester");

        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Key == key && e.Kind == "recorded"));
    }

    private static string[] Keys(string active, params string[] listed) =>
    [
        "Security:Messages:SigningKeys:s1=" + SigningKey, "Security:Messages:ActiveSigningKey=s1",
        .. listed.Select(id => $"Security:Messages:EncryptionKeys:{id}={(id == "2026-11" ? OldKey : NewKey)}"),
        "Security:Messages:ActiveEncryptionKey=" + active,
    ];

    private static async Task PublishAsync(ModuleTestHost host, RecordEntry message)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IModuleOutbox<LedgerDbContext>>().PublishEndpoint.Publish(message);
        await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().SaveChangesAsync();
    }

    /// <summary>The Body column as the database holds it, read with plain SQL (no entity mapping in between).</summary>
    private static Task<List<string>> RawBodiesAsync(ModuleTestHost host) => host.WithDbAsync(db =>
    {
        var table = db.Model.FindEntityType(typeof(OutboxMessage))!.GetTableName();
#pragma warning disable EF1002 // the table name comes from the model, not from input
        return db.Database.SqlQueryRaw<string>($"SELECT \"Body\" AS \"Value\" FROM \"{table}\" ORDER BY \"SequenceNumber\"").ToListAsync();
#pragma warning restore EF1002
    });
}

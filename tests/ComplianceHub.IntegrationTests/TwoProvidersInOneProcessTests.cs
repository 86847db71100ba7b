namespace ComplianceHub.IntegrationTests;

/// <summary>
/// The same module context on PostgreSQL and on SQLite in one process: the inbox's compiled query once belonged to
/// whichever model ran first, and every message of the other provider failed (found by the TLS test in CI).
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class TwoProvidersInOneProcessTests(ServersFixture servers)
{
    [Fact]
    public async Task Messages_are_consumed_by_a_PostgreSql_host_and_then_by_a_SQLite_host_in_the_same_process()
    {
        var settings = await servers.FreshHostSettingsAsync();
        await using (var postgres = await ServersFixture.StartLedgerAsync(settings))
        {
            await ConsumeOneAsync(postgres);
        }

        await using var sqlite = await ModuleTestHost.StartAsync(h => h.Ledger());
        await ConsumeOneAsync(sqlite);
    }

    private static async Task ConsumeOneAsync(ModuleTestHost host)
    {
        var key = Guid.NewGuid();
        await host.Services.GetRequiredService<IBus>().Publish(new RecordEntry(key, "k", 1));
        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Key == key && e.Kind == "observed"), TimeSpan.FromSeconds(30));
    }
}

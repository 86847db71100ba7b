namespace ComplianceHub.Security.Tests.Rollups;

/// <summary>
/// The hourly rollups are written by one set-based statement per evaluated batch: after any batches they hold what
/// adding the events one by one gives (per principal and clock hour: records read, attempts denied, one revision per
/// evaluation that touched the row), on SQLite and on a real PostgreSQL; and a row that changed since the evaluation
/// read it is not overwritten but fails the evaluation as a concurrency conflict.
/// </summary>
public sealed class HourlyRollupTests
{
    [Fact]
    public async Task Should_equal_the_per_event_sums_after_several_batches_on_sqlite()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0.AddHours(4)));
        await When_batches_touch_several_principals_and_hours(host);
    }

    [Fact]
    public async Task Should_equal_the_per_event_sums_after_several_batches_on_postgresql()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await using var host = await StartOnPostgresAsync(postgres, "security_rollups");
        await When_batches_touch_several_principals_and_hours(host);
    }

    [Fact]
    public async Task When_a_rollup_row_changed_since_it_was_read_the_write_is_a_conflict_on_sqlite()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0.AddHours(4)));
        await Should_refuse_stale_rollups(host);
    }

    [Fact]
    public async Task When_a_rollup_row_changed_since_it_was_read_the_write_is_a_conflict_on_postgresql()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await using var host = await StartOnPostgresAsync(postgres, "security_rollups_stale");
        await Should_refuse_stale_rollups(host);
    }

    private static async Task<ModuleTestHost> StartOnPostgresAsync(PostgresServer postgres, string database)
    {
        var connectionString = await postgres.CreateDatabaseAsync(database);
        return await ModuleTestHost.StartAsync(h => h.Security(T0.AddHours(4),
            "Database:Provider=PostgreSql", $"ConnectionStrings:ComplianceHub={connectionString}", "Database:MigrateOnStartup=true"));
    }

    private static async Task When_batches_touch_several_principals_and_hours(ModuleTestHost host)
    {
        // One batch, newest first: alice 3 events in 10:xx (one denied, one with no records), 2 in 11:xx, 1 in 09:xx;
        // bob 2 in 10:xx; carol only denials in 12:xx.
        await host.SubmitAsync(
            Access(T0.AddHours(2).AddMinutes(5), "carol", "Denied"),
            Access(T0.AddHours(2).AddMinutes(1), "carol", "Denied"),
            Access(T0.AddHours(1).AddMinutes(59), "alice", "Granted", 40),
            Access(T0.AddHours(1), "alice", "Granted", 30),
            Access(T0.AddMinutes(59).AddSeconds(59), "alice", "Granted", 20),
            Access(T0.AddMinutes(30), "bob", "Granted", 7),
            Access(T0.AddMinutes(20), "alice", "Denied"),
            Access(T0.AddMinutes(10), "alice", "Granted"),
            Access(T0, "bob", "Granted", 5),
            Access(T0.AddMinutes(-1), "alice", "Granted", 3));
        await host.EvaluatedAsync();
        await AssertRollupsEqualEventSumsAsync(host);
        var first = await RollupsAsync(host);
        Assert.Equal(5, first.Count);
        Assert.All(first, r => Assert.Equal(1, r.Revision));
        Assert.Equal([(3L, 0L), (20L, 1L), (70L, 0L), (12L, 0L), (0L, 2L)], first.Select(r => (r.RecordsRead, r.DeniedAttempts)));

        // A second batch adds to existing rows (alice 10:xx, bob 10:xx) and creates one (bob 13:xx).
        await host.SubmitAsync(
            Access(T0.AddMinutes(45), "alice", "Granted", 100),
            Access(T0.AddMinutes(46), "alice", "Denied"),
            Access(T0.AddMinutes(50), "bob", "Granted", 1),
            Access(T0.AddHours(3), "bob", "Granted", 9));
        await host.EvaluatedAsync();
        await AssertRollupsEqualEventSumsAsync(host);
        var second = await RollupsAsync(host);
        Assert.Equal(6, second.Count);
        Assert.Equal([1, 2, 1, 2, 1, 1], second.Select(r => r.Revision));
        Assert.Equal([(3L, 0L), (120L, 2L), (70L, 0L), (13L, 0L), (9L, 0L), (0L, 2L)], second.Select(r => (r.RecordsRead, r.DeniedAttempts)));
    }

    private static async Task Should_refuse_stale_rollups(ModuleTestHost host)
    {
        await host.SubmitAsync(Access(T0, "dave", "Granted", 5));
        await host.EvaluatedAsync();
        var stored = Assert.Single(await RollupsAsync(host));
        Assert.Equal(1, stored.Revision);

        // Read at revision 0 (another evaluation has moved it to 1 since), or read as absent while it exists.
        HourlyRollup[] stale = [new() { Principal = stored.Principal, Hour = stored.Hour, StoredRevision = 0, AddedRecords = 1, Touched = true }];
        HourlyRollup[] created = [new() { Principal = stored.Principal, Hour = stored.Hour, AddedRecords = 1, Touched = true }];
        foreach (var rows in new[] { stale, created })
        {
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => host.WithDbAsync(async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await HourlyRollupWriter.WriteAsync(db, host.Organization, rows, CancellationToken.None);
                await transaction.CommitAsync();
                return 0;
            }));
        }

        var after = Assert.Single(await RollupsAsync(host));
        Assert.Equal((5L, 1), (after.RecordsRead, after.Revision));
    }

    // Rows by principal name (alice, bob, carol, dave: the external id starts with it), then hour: pseudonyms sort in no useful order.
    private static Task<List<PrincipalHourlyReads>> RollupsAsync(ModuleTestHost host) =>
        host.WithDbAsync(async db =>
        {
            var names = (await db.Events.AsNoTracking().Select(e => new { e.Principal, e.ExternalId }).ToListAsync())
                .GroupBy(e => e.Principal!).ToDictionary(g => g.Key, g => g.First().ExternalId.Split('/')[0]);
            return (await db.HourlyReads.AsNoTracking().ToListAsync()).OrderBy(r => names[r.Principal], StringComparer.Ordinal).ThenBy(r => r.Hour).ToList();
        });

    private static object Access(DateTimeOffset at, string principal, string outcome, int? recordsRead = null) =>
        Events.Access(at, principal, outcome, recordsRead, externalId: $"{principal}/{Events.NextId()}");

    private static async Task AssertRollupsEqualEventSumsAsync(ModuleTestHost host)
    {
        var expected = await host.WithDbAsync(async db => (await db.Events.AsNoTracking().Where(e => e.Type == SecurityEventType.AccessControl).ToListAsync())
            .GroupBy(e => (e.Principal!, RuleWindows.HourOf(e.OccurredAt)))
            .ToDictionary(g => g.Key, g => (Records: g.Sum(e => (long)(e.RecordsRead ?? 0)), Denied: (long)g.Count(e => e.Outcome == AccessOutcome.Denied))));
        var actual = (await RollupsAsync(host)).ToDictionary(r => (r.Principal, r.Hour), r => (Records: r.RecordsRead, Denied: r.DeniedAttempts));
        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
    }
}

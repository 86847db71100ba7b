namespace ComplianceHub.Shared.Tests.Audit;

public sealed class AuditPurgeTests
{
    private const string Retention = "Audit:Retention=400.00:00:00";

    [Fact]
    public async Task Entries_past_retention_are_deleted_from_the_start_and_the_remaining_chain_verifies_from_the_anchor()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(Retention));
        await AppendAsync(host, Old(), 5);
        await AppendAsync(host, TimeProvider.System, 3);
        var lastOldHash = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.Where(e => e.Sequence == 5).Select(e => e.Hash).SingleAsync());

        var deleted = await PurgeAsync(host);

        Assert.Equal(5, deleted);
        var remaining = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal([6L, 7L, 8L, 9L], remaining.Select(e => e.Sequence));
        var head = await AuditTrailTests.WithAuditAsync(host, db => db.Head.AsNoTracking().SingleAsync());
        Assert.Equal(5, head.AnchorSequence);
        Assert.Equal(lastOldHash, head.AnchorHash);
        var purge = Assert.Single(remaining, e => e.Type == AuditTypes.AuditPurged);
        Assert.Equal(9, purge.Sequence);
        var facts = JsonDocument.Parse(purge.Data).RootElement;
        Assert.Equal("5", facts.GetProperty("deleted").GetString());
        Assert.Equal("1", facts.GetProperty("firstSequence").GetString());
        Assert.Equal("5", facts.GetProperty("lastSequence").GetString());
        Assert.Equal(lastOldHash, facts.GetProperty("anchorHash").GetString());
        var verification = await AuditTrailTests.VerifyAsync(host);
        Assert.True(verification.Valid, verification.Problem);
        Assert.Equal(4, verification.Checked);
    }

    [Fact]
    public async Task A_large_backlog_is_purged_in_bounded_batches_each_recorded()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(Retention));
        await AppendAsync(host, Old(), 7);
        await AppendAsync(host, TimeProvider.System, 1);

        var deleted = await host.Services.GetRequiredService<AuditRetention>().PurgeAsync(3, CancellationToken.None);

        Assert.Equal(7, deleted);
        var purges = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.AsNoTracking()
            .Where(e => e.Type == AuditTypes.AuditPurged).OrderBy(e => e.Sequence).Select(e => e.Data).ToListAsync());
        Assert.Equal(["3", "3", "1"], purges.Select(d => JsonDocument.Parse(d).RootElement.GetProperty("deleted").GetString()));
        Assert.Equal(4, await AuditTrailTests.WithAuditAsync(host, db => db.Entries.CountAsync()));
        Assert.True((await AuditTrailTests.VerifyAsync(host)).Valid);
    }

    [Fact]
    public async Task An_old_entry_after_a_recent_one_is_kept_so_the_chain_never_has_a_gap()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(Retention));
        await AppendAsync(host, Old(), 2);
        await AppendAsync(host, TimeProvider.System, 1);
        await AppendAsync(host, Old(), 2);

        Assert.Equal(2, await PurgeAsync(host));

        var sequences = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.Equal([3L, 4L, 5L, 6L], sequences);
        Assert.True((await AuditTrailTests.VerifyAsync(host)).Valid);
    }

    [Fact]
    public async Task A_tampered_anchor_hash_makes_verification_name_the_first_remaining_entry()
    {
        await using var host = await StartPurgedAsync();

        await AuditTrailTests.WithAuditAsync(host, db => db.Head.ExecuteUpdateAsync(s => s.SetProperty(h => h.AnchorHash, new string('a', 64))));

        var verification = await AuditTamperScenarios.AssertBrokenAtAsync(host, 5, "anchor");
        Assert.Equal(0, verification.Checked);
    }

    [Fact]
    public async Task Deleting_the_first_remaining_entry_is_found()
    {
        await using var host = await StartPurgedAsync();

        await AuditTrailTests.WithAuditAsync(host, db => db.Entries.Where(e => e.Sequence == 5).ExecuteDeleteAsync());

        await AuditTamperScenarios.AssertBrokenAtAsync(host, 5, "deleted");
    }

    [Fact]
    public async Task Cutting_entries_from_the_start_and_moving_the_anchor_past_them_is_found()
    {
        await using var host = await StartPurgedAsync();
        var cut = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.AsNoTracking().SingleAsync(e => e.Sequence == 5));

        await AuditTrailTests.WithAuditAsync(host, async db =>
        {
            await db.Entries.Where(e => e.Sequence == 5).ExecuteDeleteAsync();
            return await db.Head.ExecuteUpdateAsync(s => s.SetProperty(h => h.AnchorSequence, 5).SetProperty(h => h.AnchorHash, cut.Hash));
        });

        await AuditTamperScenarios.AssertBrokenAtAsync(host, 6, "audit.purged");
    }

    [Fact]
    public async Task A_broken_stretch_is_not_purged_so_the_evidence_of_tampering_stays()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(Retention));
        await AppendAsync(host, Old(), 4);
        await AuditTrailTests.WithAuditAsync(host, db => db.Entries.Where(e => e.Sequence == 2).ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "someone-else")));

        await Assert.ThrowsAsync<InvalidOperationException>(() => PurgeAsync(host));

        Assert.Equal(4, await AuditTrailTests.WithAuditAsync(host, db => db.Entries.CountAsync()));
        Assert.Equal(2, (await AuditTrailTests.VerifyAsync(host)).FirstBrokenEntry);
    }

    [Fact]
    public async Task With_retention_unset_nothing_is_deleted()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        await AppendAsync(host, Old(), 3);

        Assert.Equal(0, await PurgeAsync(host));

        Assert.Equal(3, await AuditTrailTests.WithAuditAsync(host, db => db.Entries.CountAsync()));
        Assert.Equal(0, await AuditTrailTests.WithAuditAsync(host, db => db.Head.Select(h => h.AnchorSequence).SingleAsync()));
    }

    [Theory]
    [InlineData("364.23:59:59")]
    [InlineData("30.00:00:00")]
    public async Task A_retention_under_a_year_stops_the_host_naming_the_key(string retention)
    {
        var error = await Assert.ThrowsAsync<InvalidConfigurationException>(() => ModuleTestHost.StartAsync(h => h.Ledger($"Audit:Retention={retention}")));

        Assert.Contains("Audit:Retention", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scheduled_purge_deletes_old_entries_and_records_itself()
    {
        var data = Directory.CreateTempSubdirectory("ch-audit-purge-").FullName;
        await using (var first = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(data)))
        {
            await AppendAsync(first, Old(), 3);
            await AppendAsync(first, TimeProvider.System, 2);
        }

        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(Retention, "Audit:RetentionInterval=00:00:00.200").InDirectory(data));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await AuditTrailTests.WithAuditAsync(host, db => db.Entries.AnyAsync(e => e.Sequence <= 3)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var remaining = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal([4L, 5L, 6L], remaining.Select(e => e.Sequence));
        Assert.Equal(AuditTypes.AuditPurged, remaining[^1].Type);
        Assert.True((await AuditTrailTests.VerifyAsync(host)).Valid);
    }

    private static FakeTimeProvider Old() => new(TimeProvider.System.GetUtcNow().AddDays(-500));

    /// <summary>Appends through a trail whose clock says <paramref name="clock"/>, on the host's database and keys.</summary>
    private static async Task AppendAsync(ModuleTestHost host, TimeProvider clock, int count)
    {
        var trail = new AuditTrail(
            host.Services.GetRequiredService<IServiceScopeFactory>(),
            host.Services.GetRequiredService<DatabaseOptions>(),
            host.Services.GetRequiredService<MessageKeyRing>(),
            host.Services.GetRequiredService<AuditHeadGuard>(),
            clock);
        for (var i = 0; i < count; i++)
        {
            await trail.AppendAsync(new AuditRecord("test.appended", "actor", $"subject:{i}"), CancellationToken.None);
        }
    }

    private static Task<int> PurgeAsync(ModuleTestHost host) =>
        host.Services.GetRequiredService<AuditRetention>().PurgeAsync(CancellationToken.None);

    /// <summary>Four old entries purged: the chain is 5 (recent), 6 (recent), 7 (the purge), anchored at 4.</summary>
    private static async Task<ModuleTestHost> StartPurgedAsync()
    {
        var host = await ModuleTestHost.StartAsync(h => h.Ledger(Retention));
        await AppendAsync(host, Old(), 4);
        await AppendAsync(host, TimeProvider.System, 2);
        Assert.Equal(4, await PurgeAsync(host));
        Assert.True((await AuditTrailTests.VerifyAsync(host)).Valid);
        return host;
    }
}

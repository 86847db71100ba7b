using ComplianceHub.Shared.Audit.Data;

namespace ComplianceHub.Shared.Tests.Audit;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task Concurrent_appends_form_one_gapless_chain_that_verifies()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var trail = host.Services.GetRequiredService<AuditTrail>();

        await Task.WhenAll(Enumerable.Range(1, 40).Select(i =>
            trail.AppendAsync(new AuditRecord("test.appended", $"actor-{i % 3}", $"subject:{i}", new Dictionary<string, string?> { ["i"] = $"{i}" }), CancellationToken.None)));

        var verification = await VerifyAsync(host);
        Assert.True(verification.Valid, verification.Problem);
        Assert.Equal(40, verification.Checked);
        var entries = await WithAuditAsync(host, db => db.Entries.OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(40, entries.Select(e => e.Subject).Distinct().Count());
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
    }

    [Fact]
    public async Task An_entry_altered_in_the_database_is_named_as_the_first_broken_one()
    {
        await using var host = await StartWithEntriesAsync(8);

        await WithAuditAsync(host, db => db.Entries.Where(e => e.Sequence == 5)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "someone-else")));

        var verification = await AuditTamperScenarios.AssertBrokenAtAsync(host, 5, "altered");
        Assert.Equal(4, verification.Checked);
    }

    [Fact]
    public async Task An_entry_rewritten_with_a_fresh_hash_but_without_the_key_fails_its_signature()
    {
        await using var host = await StartWithEntriesAsync(4);
        var last = await WithAuditAsync(host, db => db.Entries.SingleAsync(e => e.Sequence == 4));
        last.Actor = "someone-else";
        var forged = AuditChain.HashOf(last);

        await WithAuditAsync(host, async db =>
        {
            await db.Entries.Where(e => e.Sequence == 4).ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "someone-else").SetProperty(e => e.Hash, forged));
            return await db.Head.ExecuteUpdateAsync(s => s.SetProperty(h => h.Hash, forged));
        });

        await AuditTamperScenarios.AssertBrokenAtAsync(host, 4, "signature");
    }

    [Fact]
    public async Task Entries_deleted_inside_or_at_the_end_of_the_chain_are_found()
    {
        await using var host = await StartWithEntriesAsync(6);

        await WithAuditAsync(host, db => db.Entries.Where(e => e.Sequence == 6).ExecuteDeleteAsync());
        var tail = await VerifyAsync(host);
        Assert.False(tail.Valid);
        Assert.Equal(6, tail.FirstBrokenEntry);
        Assert.Equal(5, tail.Checked);

        await WithAuditAsync(host, db => db.Entries.Where(e => e.Sequence == 3).ExecuteDeleteAsync());
        await AuditTamperScenarios.AssertBrokenAtAsync(host, 3, "deleted");
    }

    [Fact]
    public async Task Two_entries_swapped_in_place_are_found()
    {
        await using var host = await StartWithEntriesAsync(5);

        await WithAuditAsync(host, async db =>
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE audit_entries SET "Sequence" = -2 WHERE "Sequence" = 2""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE audit_entries SET "Sequence" = 2 WHERE "Sequence" = 3""");
            return await db.Database.ExecuteSqlRawAsync("""UPDATE audit_entries SET "Sequence" = 3 WHERE "Sequence" = -2""");
        });

        var verification = await VerifyAsync(host);
        Assert.False(verification.Valid);
        Assert.Equal(2, verification.FirstBrokenEntry);
    }

    [Fact]
    public async Task An_operator_reason_is_stored_encrypted_and_read_back_for_auditors()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var trail = host.Services.GetRequiredService<AuditTrail>();
        const string reason = "Ticket 4711: asked by jane.doe@example.org";

        var entry = await trail.AppendAsync(new AuditRecord("test.reasoned", "op-1", "subject:1", Reason: reason), CancellationToken.None);

        var stored = await WithAuditAsync(host, db => db.Entries.AsNoTracking().SingleAsync(e => e.Sequence == entry.Sequence));
        Assert.DoesNotContain("jane.doe", Encoding.UTF8.GetString(stored.Reason!), StringComparison.Ordinal);
        Assert.Equal(reason, trail.ReasonOf(stored));
        Assert.True((await VerifyAsync(host)).Valid);
    }

    [Fact]
    public async Task An_entry_moved_to_another_organisation_in_the_database_fails_verification()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var trail = host.Services.GetRequiredService<AuditTrail>();
        var organization = Guid.NewGuid();
        await trail.AppendAsync(new AuditRecord("test.platform", "actor", "subject:1"), CancellationToken.None);
        await trail.AppendAsync(new AuditRecord("test.tenant", "actor", "subject:2", OrganizationId: organization), CancellationToken.None);
        Assert.True((await VerifyAsync(host)).Valid);

        await WithAuditAsync(host, db => db.Entries.Where(e => e.Sequence == 2)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.OrganizationId, Guid.NewGuid())));

        await AuditTamperScenarios.AssertBrokenAtAsync(host, 2, "altered");
    }

    [Fact]
    public void An_entry_without_an_organisation_hashes_as_entries_did_before_organisations_were_recorded()
    {
        var entry = new AuditEntry
        {
            Sequence = 7, Id = Guid.Parse("6f1c1b1e-0000-4000-8000-000000000007"), At = DateTimeOffset.FromUnixTimeMilliseconds(1_764_000_000_000),
            Type = "test.appended", Actor = "actor", Subject = "subject:7", Data = "{}", PreviousHash = AuditChain.Genesis,
            Hash = "", KeyId = "", Signature = "",
        };
        var before = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            entry.Sequence, entry.Id, entry.At.ToUnixTimeMilliseconds(), entry.Type, entry.Actor, entry.Subject, entry.Data, null, entry.PreviousHash,
        });

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(before)), AuditChain.HashOf(entry));
        entry.OrganizationId = Guid.NewGuid();
        Assert.NotEqual(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(before)), AuditChain.HashOf(entry));
    }

    internal static async Task<ModuleTestHost> StartWithEntriesAsync(int count)
    {
        var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var trail = host.Services.GetRequiredService<AuditTrail>();
        for (var i = 1; i <= count; i++)
        {
            await trail.AppendAsync(new AuditRecord("test.appended", "actor", $"subject:{i}"), CancellationToken.None);
        }

        Assert.True((await VerifyAsync(host)).Valid);
        return host;
    }

    internal static Task<AuditVerification> VerifyAsync(ModuleTestHost host) => AuditTamperScenarios.VerifyAsync(host);

    internal static Task<T> WithAuditAsync<T>(ModuleTestHost host, Func<AuditDbContext, Task<T>> action) => AuditTamperScenarios.WithAuditAsync(host, action);
}

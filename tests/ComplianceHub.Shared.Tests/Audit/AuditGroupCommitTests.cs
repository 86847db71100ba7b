namespace ComplianceHub.Shared.Tests.Audit;

/// <summary>API-call entries are committed in groups: each caller resumes only once its own entry is in the chain.</summary>
public sealed class AuditGroupCommitTests
{
    [Fact]
    public async Task When_many_callers_append_at_once_each_entry_is_committed_before_its_caller_resumes_and_the_chain_verifies()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Audit:MessageEvents=false"));
        var commit = host.Services.GetRequiredService<AuditGroupCommit>();

        var committed = await Task.WhenAll(Enumerable.Range(1, 60).Select(async i =>
        {
            await commit.AppendAsync(new AuditRecord(AuditTypes.ApiCall, $"actor-{i % 4}", $"call:{i}"));
            return await AuditTrailTests.WithAuditAsync(host, db => db.Entries.AnyAsync(e => e.Subject == $"call:{i}"));
        }));

        Assert.All(committed, Assert.True);
        var verification = await AuditTrailTests.VerifyAsync(host);
        Assert.True(verification.Valid, verification.Problem);
        var subjects = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.Where(e => e.Type == AuditTypes.ApiCall).Select(e => e.Subject).ToListAsync());
        Assert.Equal(60, subjects.Distinct().Count());
    }
}

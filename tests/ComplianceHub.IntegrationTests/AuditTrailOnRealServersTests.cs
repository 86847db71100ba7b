using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.Audit.Data;

namespace ComplianceHub.IntegrationTests;

/// <summary>The audit chain on PostgreSQL, appended by two hosts at once.</summary>
[Collection(ServersCollection.Name)]
public sealed class AuditTrailOnRealServersTests(ServersFixture servers)
{
    [Fact]
    public async Task Two_hosts_appending_at_once_build_one_gapless_chain_that_verifies_and_an_edit_in_the_database_breaks_it()
    {
        var args = await servers.FreshHostArgsAsync();
        await using var first = await ModuleTestHost.StartAsync(h => h.Ledger(args));
        await using var second = await ModuleTestHost.StartAsync(h => h.Ledger(args));

        await Task.WhenAll(new[] { first, second }.SelectMany((host, h) => Enumerable.Range(1, 30).Select(i =>
            host.Services.GetRequiredService<AuditTrail>().AppendAsync(
                new AuditRecord("test.appended", $"host-{h}", $"subject:{h}:{i}", Reason: "load"), CancellationToken.None))));

        await using var scope = first.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<AuditVerifier>();
        var verification = await verifier.VerifyAsync(CancellationToken.None);
        Assert.True(verification.Valid, verification.Problem);
        Assert.Equal(60, verification.Checked);

        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        Assert.Equal(60, await db.Entries.Select(e => e.Subject).Distinct().CountAsync());
        await db.Database.ExecuteSqlRawAsync("""UPDATE audit.audit_entries SET "Subject" = 'subject:forged' WHERE "Sequence" = 17""");
        var broken = await verifier.VerifyAsync(CancellationToken.None);
        Assert.False(broken.Valid);
        Assert.Equal(17, broken.FirstBrokenEntry);
    }
}

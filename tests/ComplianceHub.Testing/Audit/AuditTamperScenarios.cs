using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.Audit.Checkpoints;
using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.DeadLetters.Data;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Testing.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ComplianceHub.Testing.Audit;

/// <summary>
/// Someone with write access to the database cuts the end of the audit chain and covers their tracks: the same
/// scenarios on SQLite (Shared tests) and PostgreSQL (integration tests). <c>start</c> starts another host on the
/// same database (a restart).
/// </summary>
public static class AuditTamperScenarios
{
    public static async Task The_last_entry_deleted_and_the_head_reset_with_sql_is_named_and_stops_appends(ModuleTestHost host, Func<Task<ModuleTestHost>> start)
    {
        await AppendAsync(host, 6);
        var fifth = await WithAuditAsync(host, db => db.Entries.AsNoTracking().SingleAsync(e => e.Sequence == 5));

        // The cut: the last entry goes, the head is moved back onto the one before (its old signature kept).
        await WithAuditAsync(host, async db =>
        {
            await db.Entries.Where(e => e.Sequence == 6).ExecuteDeleteAsync();
            return await db.Head.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, 5L).SetProperty(h => h.Hash, fifth.Hash));
        });

        await AssertBrokenAtAsync(host, 6, "signature does not verify");

        // Nothing is appended over it, on this host or on one started afterwards, and an operations alert is raised.
        await Assert.ThrowsAsync<AuditChainTamperedException>(() => AppendAsync(host, 1));
        await using (var restarted = await start())
        {
            await Assert.ThrowsAsync<AuditChainTamperedException>(() => AppendAsync(restarted, 1));
        }

        // Blanking the signature as well does not make it look like a head that was never signed.
        await WithAuditAsync(host, db => db.Head.ExecuteUpdateAsync(s => s.SetProperty(h => h.Signature, "").SetProperty(h => h.KeyId, "")));
        await using (var restarted = await start())
        {
            await Assert.ThrowsAsync<AuditChainTamperedException>(() => AppendAsync(restarted, 1));
            var blanked = await VerifyAsync(restarted);
            Assert.False(blanked.Valid);
            Assert.Contains("lost its signature", blanked.Problem, StringComparison.Ordinal);
        }

        Assert.Equal(5, await WithAuditAsync(host, db => db.Entries.CountAsync()));
        await WaitForAlertAsync(host, nameof(AuditChainTampered));
    }

    public static async Task Everything_deleted_is_reported_missing_against_the_last_checkpoint(ModuleTestHost host)
    {
        await AppendAsync(host, 5);
        var checkpoint = await host.Services.GetRequiredService<AuditCheckpointPublisher>().PublishAsync(CancellationToken.None);
        Assert.Equal(5, checkpoint.Sequence);

        // Every entry deleted and the head reset to the empty chain, as a fresh database looks.
        await WithAuditAsync(host, async db =>
        {
            await db.Entries.ExecuteDeleteAsync();
            return await db.Head.ExecuteUpdateAsync(s => s
                .SetProperty(h => h.Sequence, 0L).SetProperty(h => h.Hash, new string('0', 64))
                .SetProperty(h => h.Signature, "").SetProperty(h => h.KeyId, "").SetProperty(h => h.LegacySignaturesUntil, 0L));
        });

        // This host published the checkpoint: verification alone finds the cut.
        var local = await VerifyAsync(host);
        Assert.False(local.Valid);
        Assert.Equal(5, local.Checkpoint?.Missing);

        // Even with the checkpoint file gone too, the checkpoint the auditor kept names what is missing.
        File.Delete(host.Services.GetRequiredService<AuditCheckpointSink>().FilePath);
        await using var scope = host.Services.CreateAsyncScope();
        var uploaded = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(checkpoint, null, CancellationToken.None);
        Assert.False(uploaded.Valid);
        Assert.Equal("uploaded", uploaded.Checkpoint?.Source);
        Assert.Equal(5, uploaded.Checkpoint?.Missing);
        Assert.Equal(1, uploaded.Checkpoint?.FirstMissing);
        Assert.Equal(5, uploaded.Checkpoint?.LastMissing);
        Assert.Equal(1, uploaded.FirstBrokenEntry);
    }

    public static async Task A_forged_head_signature_is_invalid(ModuleTestHost host)
    {
        await AppendAsync(host, 3);
        var forged = "v2:" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await WithAuditAsync(host, db => db.Head.ExecuteUpdateAsync(s => s.SetProperty(h => h.Signature, forged)));

        await AssertBrokenAtAsync(host, 4, "signature does not verify");
        await Assert.ThrowsAsync<AuditChainTamperedException>(() => AppendAsync(host, 1));
    }

    public static async Task AppendAsync(ModuleTestHost host, int count)
    {
        var trail = host.Services.GetRequiredService<AuditTrail>();
        for (var i = 1; i <= count; i++)
        {
            await trail.AppendAsync(new AuditRecord("test.appended", "actor", $"subject:{Guid.NewGuid():N}"), CancellationToken.None);
        }
    }

    public static async Task<AuditVerification> VerifyAsync(ModuleTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
    }

    /// <summary>Verifies the chain and asserts it is broken, first at <paramref name="firstBroken"/>, by a problem naming <paramref name="named"/>.</summary>
    public static async Task<AuditVerification> AssertBrokenAtAsync(ModuleTestHost host, long firstBroken, string named)
    {
        var verification = await VerifyAsync(host);
        Assert.False(verification.Valid);
        Assert.Equal(firstBroken, verification.FirstBrokenEntry);
        Assert.Contains(named, verification.Problem, StringComparison.Ordinal);
        return verification;
    }

    public static async Task<T> WithAuditAsync<T>(ModuleTestHost host, Func<AuditDbContext, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AuditDbContext>());
    }

    private static async Task WaitForAlertAsync(ModuleTestHost host, string type)
    {
        await Poll.UntilAsync(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().Set<OutboxMessage>().AnyAsync(m => m.MessageType.Contains(type));
        }, TimeSpan.FromSeconds(10));
    }
}

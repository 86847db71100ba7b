using ComplianceHub.Shared.Audit.Checkpoints;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Checks the chain head before anything is appended over it. A head whose signature fails was moved by someone
/// without the audit key (entries cut from the end and the head set back): the append is refused, an operations alert
/// raised, and the head is never signed again over what is left, so a restarted host does not launder the cut.
/// An unsigned head is signed once (a new database, or one written before heads were signed), and only while nothing
/// says a signed head existed: no entry with a derived-key signature, no checkpoint published.
/// </summary>
public sealed class AuditHeadGuard(MessageKeyRing keys, AuditCheckpointSink checkpoints, AuditOperationsAlerts alerts, TimeProvider clock, ILogger<AuditHeadGuard> logger)
{
    /// <summary>Throws <see cref="AuditChainTamperedException"/> unless <paramref name="head"/> (locked, tracked) may be appended to.</summary>
    public async Task CheckAsync(AuditDbContext db, AuditChainHead head, CancellationToken cancellationToken)
    {
        if (AuditChain.HeadIsSigned(head, keys))
        {
            return;
        }


        if (await ProblemOfUnsignedAsync(db, head, cancellationToken) is { } problem)
        {
            // Raised once the caller's transaction has let go of the head (SQLite has one writer at a time).
            var sequence = head.Sequence;
            _ = Task.Run(() => RaiseAsync(problem, sequence), CancellationToken.None);
            throw new AuditChainTamperedException(problem);
        }

        // First signature: every entry up to here predates derived keys (or there are none). Signed now, so whatever
        // the caller does next (an append, a checkpoint) starts from a signed head.
        head.LegacySignaturesUntil = head.Sequence;
        AuditChain.SealHead(head, keys);
        logger.LogInformation("Audit chain head signed for the first time at entry {Sequence}", head.Sequence);
    }

    /// <summary>Null when an unsigned head may be signed now; else why it must not be.</summary>
    public async Task<string?> ProblemOfUnsignedAsync(AuditDbContext db, AuditChainHead head, CancellationToken cancellationToken)
    {
        if (head.Signature.Length > 0)
        {
            return "the chain head's signature does not verify: the head was moved or rewritten without the audit key";
        }

        if (await db.Entries.AnyAsync(e => e.Signature.StartsWith(MessageKeyRing.DerivedSignaturePrefix), cancellationToken))
        {
            return "the chain head lost its signature although entries were appended under a signed head";
        }

        return await checkpoints.LatestAsync(cancellationToken) is { } latest
            ? $"the chain head lost its signature although checkpoint {latest.Sequence} was published"
            : null;
    }

    /// <summary>Logs and raises <see cref="AuditChainTampered"/> (through the dead-letter store's outbox: not the audit database).</summary>
    public async Task RaiseAsync(string problem, long headSequence)
    {
        logger.LogCritical("Audit chain tampered with at head {Sequence}: {Problem}; appends are stopped", headSequence, problem);
        await alerts.RaiseAsync(new AuditChainTampered { Problem = problem, HeadSequence = headSequence, DetectedAt = clock.GetUtcNow() });
    }

}

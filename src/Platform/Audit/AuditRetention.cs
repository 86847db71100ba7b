using System.Globalization;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Deletes entries older than <see cref="AuditOptions.Retention"/> from the start of the chain only, never leaving a
/// gap, and keeps an anchor (number and hash of the last deleted entry) in the head for the verifier to start from.
/// Each batch is one transaction holding the head lock: the delete, the anchor and an <c>audit.purged</c> entry
/// recording it commit together or not at all (issue 5: a purge deletes for real and is itself audited).
/// </summary>
internal sealed class AuditRetention(IServiceScopeFactory scopes, AuditOptions options, AuditTrail trail, MessageKeyRing keys, TimeProvider clock)
{
    public const int DefaultBatchSize = 1_000;

    /// <summary>Runs batches until nothing is past retention; returns how many entries were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken) => await PurgeAsync(DefaultBatchSize, cancellationToken);

    public async Task<int> PurgeAsync(int batchSize, CancellationToken cancellationToken)
    {
        if (options.Retention is not { } retention)
        {
            return 0;
        }

        var before = clock.GetUtcNow() - retention;
        int total = 0, deleted;
        do
        {
            deleted = await PurgeBatchAsync(before, batchSize, cancellationToken);
            total += deleted;
        }
        while (deleted == batchSize);

        return total;
    }

    private async Task<int> PurgeBatchAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var head = await trail.LockHeadAsync(db, cancellationToken);
        var anchor = head.AnchorSequence;
        var candidates = await db.Entries.AsNoTracking().Where(e => e.Sequence > anchor).OrderBy(e => e.Sequence)
            .Take(batchSize).ToListAsync(cancellationToken);

        // Stop at the first entry still within retention, even if later ones are older (clocks of several hosts):
        // what remains must be one unbroken chain.
        var expired = candidates.TakeWhile(e => e.At < before).ToList();
        if (expired.Count == 0)
        {
            return 0;
        }

        // Deleting a broken stretch would erase the evidence of tampering: refuse, and let verification name it.
        var previousHash = head.AnchorHash;
        var expected = anchor + 1;
        foreach (var entry in expired)
        {
            if (AuditChain.Check(entry, expected, previousHash, keys, head.LegacySignaturesUntil) is { } problem)
            {
                throw new InvalidOperationException($"Audit retention stopped at entry {expected}: {problem}.");
            }

            previousHash = entry.Hash;
            expected++;
        }

        var first = expired[0].Sequence;
        var last = expired[^1].Sequence;
        var deleted = await db.Entries.Where(e => e.Sequence >= first && e.Sequence <= last).ExecuteDeleteAsync(cancellationToken);
        head.AnchorSequence = last;
        head.AnchorHash = previousHash;
        await trail.AppendToAsync(
            db,
            head,
            new AuditRecord(AuditTypes.AuditPurged, AuditRecord.SystemActor, "audit",
                new Dictionary<string, string?>
                {
                    [PurgedFacts.Deleted] = deleted.ToString(CultureInfo.InvariantCulture),
                    [PurgedFacts.FirstSequence] = first.ToString(CultureInfo.InvariantCulture),
                    [PurgedFacts.LastSequence] = last.ToString(CultureInfo.InvariantCulture),
                    [PurgedFacts.AnchorHash] = previousHash,
                    [PurgedFacts.Retention] = options.Retention?.ToString(),
                }),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <summary>The facts of an <c>audit.purged</c> entry; the verifier reads the last two back.</summary>
    internal static class PurgedFacts
    {
        public const string Deleted = "deleted";
        public const string FirstSequence = "firstSequence";
        public const string LastSequence = "lastSequence";
        public const string AnchorHash = "anchorHash";
        public const string Retention = "retention";
    }
}

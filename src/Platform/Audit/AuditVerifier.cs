using ComplianceHub.Shared.Audit.Checkpoints;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Walks the chain in order from the retention anchor (entry 1 when nothing was purged): each entry must carry the
/// next number, point at the previous entry's hash (the first one at the anchor hash), hash to what it says and be
/// signed by a key of the ring; the head must point at the last entry and carry a valid signature, and a moved anchor
/// must be the one the last <c>audit.purged</c> entry recorded. Finds an entry altered, deleted (anywhere, including
/// the start and the end), inserted or reordered directly in the database, and a head moved back over a cut chain.
/// Against a checkpoint (uploaded, else the newest this host published) it also names the entries cut since then, even
/// when the whole chain and its head were replaced consistently.
/// </summary>
public sealed class AuditVerifier(AuditDbContext db, MessageKeyRing keys, AuditHeadGuard guard, AuditCheckpointSink checkpoints)
{
    private const int BatchSize = 1000;

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) => VerifyAsync(null, null, cancellationToken);

    /// <summary>
    /// Verifies the whole chain; with <paramref name="organization"/> the answer counts and names only that
    /// organisation's entries (a break elsewhere is reported without saying where).
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(AuditCheckpoint? uploaded, Guid? organization, CancellationToken cancellationToken)
    {
        var chain = await WalkAsync(organization, cancellationToken);
        var (source, checkpoint) = uploaded is not null ? ("uploaded", uploaded) : ("published", await checkpoints.LatestAsync(cancellationToken));
        var comparison = checkpoint is null ? null : await CompareAsync(source, checkpoint, chain.LastSequence, cancellationToken);
        var result = chain.Result;
        if (result.Valid && comparison is { Matches: false })
        {
            result = result with { Valid = false, FirstBrokenEntry = comparison.FirstMissing, Problem = comparison.Problem };
        }

        if (organization is { } own && result.FirstBrokenEntry is { } broken && !await BelongsToAsync(broken, own, cancellationToken))
        {
            result = result with { FirstBrokenEntry = null, Problem = "the platform's audit chain is broken at an entry outside your organisation: the platform operator can see where" };
        }

        return result with { Checkpoint = comparison };
    }

    private async Task<(AuditVerification Result, long LastSequence)> WalkAsync(Guid? organization, CancellationToken cancellationToken)
    {
        var head = await db.Head.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        var anchor = head?.AnchorSequence ?? 0;
        var legacyUntil = head?.LegacySignaturesUntil ?? 0;
        var expected = anchor + 1;
        var previousHash = head?.AnchorHash ?? AuditChain.Genesis;
        long counted = 0;
        AuditEntry? lastPurge = null;
        AuditVerification Broken(long entry, string problem) => new(false, counted, entry, problem);
        while (true)
        {
            // Keyset paging: memory stays flat however long the chain is.
            var after = expected - 1;
            var batch = await db.Entries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence)
                .Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (AuditChain.Check(entry, expected, previousHash, keys, legacyUntil) is { } problem)
                {
                    return (Broken(expected, expected == anchor + 1 && anchor > 0 ? $"{problem} (or the retention anchor was altered)" : problem), expected - 1);
                }

                lastPurge = entry.Type == AuditTypes.AuditPurged ? entry : lastPurge;
                previousHash = entry.Hash;
                counted += organization is null || entry.OrganizationId == organization ? 1 : 0;
                expected++;
            }

            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        var last = expected - 1;
        if (head is null || head.Sequence != last || !string.Equals(head.Hash, previousHash, StringComparison.Ordinal))
        {
            return (Broken(expected, "the chain head points past the last entry: entries were deleted from the end"), last);
        }

        if (anchor > 0 && !RecordedBy(lastPurge, head))
        {
            // Entries cut from the start with the anchor moved after them: only a signed purge entry can move it.
            return (Broken(anchor + 1, "the retention anchor is not the one the last audit.purged entry recorded: entries were deleted from the start"), last);
        }

        if (!AuditChain.HeadIsSigned(head, keys) && await guard.ProblemOfUnsignedAsync(db, head, cancellationToken) is { } unsigned)
        {
            // The entries form a chain up to the head, but the head was set back (or replaced) without the key.
            return (Broken(head.Sequence + 1, $"{unsigned}; entries after {head.Sequence} may have been cut"), last);
        }

        return (new AuditVerification(true, counted, null, null), last);
    }

    private async Task<AuditCheckpointComparison> CompareAsync(string source, AuditCheckpoint checkpoint, long last, CancellationToken cancellationToken)
    {
        if (checkpoint.Sequence > last)
        {
            var first = last + 1;
            return new AuditCheckpointComparison(source, checkpoint.Sequence, checkpoint.At, false, checkpoint.Sequence - last, first, checkpoint.Sequence,
                $"entries {first} to {checkpoint.Sequence} existed at checkpoint {checkpoint.At:O} and are missing: the end of the chain was cut");
        }

        var entry = await db.Entries.AsNoTracking().Where(e => e.Sequence == checkpoint.Sequence).Select(e => e.Hash).SingleOrDefaultAsync(cancellationToken);
        if (entry is not null && !string.Equals(entry, checkpoint.Hash, StringComparison.Ordinal))
        {
            return new AuditCheckpointComparison(source, checkpoint.Sequence, checkpoint.At, false, 0, checkpoint.Sequence, checkpoint.Sequence,
                $"entry {checkpoint.Sequence} is not the one checkpoint {checkpoint.At:O} recorded: the chain was replaced from there on");
        }

        // Entry 0 is the empty chain; an entry purged by retention since is covered by the anchor checks.
        return new AuditCheckpointComparison(source, checkpoint.Sequence, checkpoint.At, true, 0, null, null, null);
    }

    private Task<bool> BelongsToAsync(long sequence, Guid organization, CancellationToken cancellationToken) =>
        db.Entries.AsNoTracking().AnyAsync(e => e.Sequence == sequence && e.OrganizationId == organization, cancellationToken);

    private static bool RecordedBy(AuditEntry? purge, AuditChainHead head)
    {
        if (purge is null)
        {
            return false;
        }

        using var document = JsonDocument.Parse(purge.Data);
        var facts = document.RootElement;
        return facts.TryGetProperty(AuditRetention.PurgedFacts.LastSequence, out var last)
            && last.GetString() == head.AnchorSequence.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && facts.TryGetProperty(AuditRetention.PurgedFacts.AnchorHash, out var hash)
            && string.Equals(hash.GetString(), head.AnchorHash, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.MessageSecurity;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Walks the chain in order from the retention anchor (entry 1 when nothing was purged): each entry must carry the
/// next number, point at the previous entry's hash (the first one at the anchor hash), hash to what it says and be
/// signed by a key of the ring; the head must point at the last entry, and a moved anchor must be the one the last
/// <c>audit.purged</c> entry recorded. Finds an entry altered, deleted (anywhere, including the start and the end),
/// inserted or reordered directly in the database.
/// </summary>
public sealed class AuditVerifier(AuditDbContext db, MessageKeyRing keys)
{
    private const int BatchSize = 1000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var head = await db.Head.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        var anchor = head?.AnchorSequence ?? 0;
        var expected = anchor + 1;
        var previousHash = head?.AnchorHash ?? AuditChain.Genesis;
        AuditEntry? lastPurge = null;
        while (true)
        {
            // Keyset paging: memory stays flat however long the chain is.
            var after = expected - 1;
            var batch = await db.Entries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence)
                .Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (AuditChain.Check(entry, expected, previousHash, keys) is { } problem)
                {
                    return Broken(expected, anchor, expected == anchor + 1 && anchor > 0 ? $"{problem} (or the retention anchor was altered)" : problem);
                }

                lastPurge = entry.Type == AuditTypes.AuditPurged ? entry : lastPurge;
                previousHash = entry.Hash;
                expected++;
            }

            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        if (head is null || head.Sequence != expected - 1 || !string.Equals(head.Hash, previousHash, StringComparison.Ordinal))
        {
            return Broken(expected, anchor, "the chain head points past the last entry: entries were deleted from the end");
        }

        if (anchor > 0 && !RecordedBy(lastPurge, head))
        {
            // Entries cut from the start with the anchor moved after them: only a signed purge entry can move it.
            return Broken(anchor + 1, anchor, "the retention anchor is not the one the last audit.purged entry recorded: entries were deleted from the start");
        }

        return new AuditVerification(true, expected - 1 - anchor, null, null);
    }

    private static AuditVerification Broken(long entry, long anchor, string problem) =>
        new(false, entry - 1 - anchor, entry, problem);

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

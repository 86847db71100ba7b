using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.MessageSecurity;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Walks the whole chain in order: each entry must carry the next number, point at the previous entry's hash, hash
/// to what it says and be signed by a key of the ring; the head must point at the last entry. Finds an entry altered,
/// deleted (anywhere, including the end), inserted or reordered directly in the database.
/// </summary>
public sealed class AuditVerifier(AuditDbContext db, MessageKeyRing keys)
{
    private const int BatchSize = 1000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var expected = 1L;
        var previousHash = AuditChain.Genesis;
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
                    return new AuditVerification(false, expected - 1, expected, problem);
                }

                previousHash = entry.Hash;
                expected++;
            }

            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        var head = await db.Head.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        if (head is null || head.Sequence != expected - 1 || !string.Equals(head.Hash, previousHash, StringComparison.Ordinal))
        {
            return new AuditVerification(false, expected - 1, expected, "the chain head points past the last entry: entries were deleted from the end");
        }

        return new AuditVerification(true, expected - 1, null, null);
    }
}

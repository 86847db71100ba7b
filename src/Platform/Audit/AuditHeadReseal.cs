using System.Globalization;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// The way out of a stopped trail, for a platform Admin after investigating: the head is signed again as it stands,
/// in the same transaction as an <c>audit.head-resealed</c> entry that records the break (what failed, where the head
/// stood, the Admin's reason). Nothing is hidden: the cut stays visible against every checkpoint published before it,
/// and the reseal is itself in the chain.
/// </summary>
public sealed class AuditHeadReseal(IServiceScopeFactory scopes, AuditTrail trail, AuditHeadGuard guard, MessageKeyRing keys)
{
    /// <summary>The reseal entry; null when <paramref name="expectedSequence"/> is not where the head stands (someone else acted).</summary>
    public async Task<AuditEntry?> ResealAsync(long expectedSequence, string actor, string reason, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var head = await trail.LockHeadAsync(db, cancellationToken, reseal: true);
        if (head.Sequence != expectedSequence)
        {
            return null;
        }

        var problem = AuditChain.HeadIsSigned(head, keys) ? "none: the head's signature verified" : await guard.ProblemOfUnsignedAsync(db, head, cancellationToken);
        var entry = await trail.AppendToAsync(db, head, new AuditRecord(AuditTypes.AuditHeadResealed, actor, "audit", new Dictionary<string, string?>
        {
            ["headSequence"] = head.Sequence.ToString(CultureInfo.InvariantCulture),
            ["headHash"] = head.Hash,
            ["problem"] = problem,
        }, Reason: reason), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry;
    }
}

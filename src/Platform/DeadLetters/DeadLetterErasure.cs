using System.Globalization;
using ComplianceHub.Shared.Database;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// Deletes the dead letters of given messages because the person they carried was erased (Art. 17): an audited
/// disposal whose entry keeps the message ids and the reason, never the payload. Idempotent: a repeat deletes nothing.
/// The deletion and its audit entry commit in the caller's open transaction (the consumer's inbox transaction): one
/// unit of work, and no second connection waiting for a write lock the first one holds (SQLite has one per file).
/// </summary>
public sealed class DeadLetterErasure(DatabaseOptions database, IAuditTrail audit) : IDeadLetterErasure
{
    public async Task<int> EraseAsync(
        IReadOnlyCollection<Guid> messageIds, string reason, Guid? organizationId, DbContext changes, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
        {
            return 0;
        }

        await using var db = await EnlistedContext.CreateAsync<DeadLetterDbContext>(
            changes, database.Provider, options => new DeadLetterDbContext(options), cancellationToken);
        var ids = messageIds.Select(id => (Guid?)id).ToList();
        var deleted = await db.DeadLetters.Where(d => ids.Contains(d.MessageId)).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            await audit.AppendAsync(
                new AuditRecord(AuditTypes.DeadLetterDeleted, AuditRecord.SystemActor, "dead-letters",
                    new Dictionary<string, string?>
                    {
                        ["count"] = deleted.ToString(CultureInfo.InvariantCulture),
                        ["messageIds"] = string.Join(",", messageIds),
                    },
                    reason, organizationId),
                db, cancellationToken);
        }

        return deleted;
    }
}

using System.Globalization;
using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.DeadLetters.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// Deletes the dead letters of given messages because the person they carried was erased (Art. 17): an audited
/// disposal whose entry keeps the message ids and the reason, never the payload. Idempotent: a repeat deletes nothing.
/// </summary>
public sealed class DeadLetterErasure(IServiceScopeFactory scopes, IAuditTrail audit) : IDeadLetterErasure
{
    public async Task<int> EraseAsync(IReadOnlyCollection<Guid> messageIds, string reason, Guid? organizationId, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
        var ids = messageIds.Select(id => (Guid?)id).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
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

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}

using ComplianceHub.Shared.Audit;

namespace ComplianceHub.DataSubjectRequests.Fulfilment;

/// <summary>A completion that does not prove it comes from the task's own system: refused, and recorded in the audit trail (Art. 5(2)).</summary>
public sealed class TaskCompletionRefusal(IAuditTrail audit)
{
    public const string AuditType = "data-subject-requests.task-completion-refused";

    /// <summary>
    /// Appends on the module's connection, in its open transaction if there is one (a consumer's inbox): on SQLite a
    /// second connection would wait for the first one's write lock.
    /// </summary>
    internal async Task RecordAsync(
        DataSubjectRequestsDbContext db, DataSubjectRequest request, FulfilmentTask task, string actor, string channel, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(AuditType, actor, $"data-subject-request:{request.Id}",
                new Dictionary<string, string?>
                {
                    ["taskId"] = task.Id.ToString(),
                    ["systemId"] = task.SystemId.ToString(),
                    ["channel"] = channel,
                    ["reason"] = "no valid completion token of the task's system",
                },
                OrganizationId: request.OrganizationId),
            db,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

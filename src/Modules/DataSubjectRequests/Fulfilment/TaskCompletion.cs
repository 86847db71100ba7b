using ComplianceHub.DataSubjectRequests.Subjects;

namespace ComplianceHub.DataSubjectRequests.Fulfilment;

/// <summary>A system answered for its task (by the API or on the bus); when the last one answers, all tasks are done.</summary>
public sealed class TaskCompletion(DataSubjectRequestsDbContext db, SubjectVault vault)
{
    internal async Task CompleteAsync(
        DataSubjectRequest request, FulfilmentTask task, string outcome, string? evidence, DateTimeOffset at, string actor, CancellationToken cancellationToken)
    {
        task.Status = FulfilmentTaskStatus.Completed;
        task.CompletedAt = at;
        task.SentAt ??= at;
        task.Outcome = outcome;
        task.Evidence = evidence is not null && await vault.KeyAsync(request.Id, cancellationToken) is { } key
            ? SubjectVault.Protect(key, evidence, request.Id, $"{nameof(FulfilmentTask.Evidence)}/{task.Id:N}")
            : null;
        RequestLookup.Timeline(db, request.Id, at, TimelineKinds.TaskCompleted, actor, $"Task {task.Id} ({task.SystemName}): {outcome}.");
        if (request.Status == RequestStatus.InProgress && request.Tasks.All(t => t.Status == FulfilmentTaskStatus.Completed))
        {
            request.Status = RequestStatus.AllTasksDone;
            RequestLookup.Timeline(db, request.Id, at, TimelineKinds.AllTasksDone, actor, $"All {request.Tasks.Count} fulfilment tasks are done.");
        }
    }
}

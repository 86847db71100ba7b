using ComplianceHub.DataSubjectRequests.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.DataSubjectRequests.Fulfilment;

/// <summary>
/// A bus system's answer: completes its task (a repeated or late answer changes nothing). Only with the task's
/// completion token, which only the task's own system received: any peer on the broker could name another system's
/// task, so an answer without it is refused and audited.
/// </summary>
public sealed class DataSubjectRequestTaskCompletedConsumer(
    DataSubjectRequestsDbContext db, TaskCompletion completion, TaskCompletionToken tokens, TaskCompletionRefusal refusal, TimeProvider clock,
    ILogger<DataSubjectRequestTaskCompletedConsumer> logger)
    : IConsumer<DataSubjectRequestTaskCompleted>
{
    public async Task Consume(ConsumeContext<DataSubjectRequestTaskCompleted> context)
    {
        var answer = context.Message;
        var request = await db.Requests.Include(r => r.Tasks).SingleOrDefaultAsync(r => r.Id == answer.RequestId, context.CancellationToken);
        var task = request?.Tasks.SingleOrDefault(t => t.Id == answer.TaskId);
        if (request is null || task is null || task.Status == FulfilmentTaskStatus.Completed || request.Status == RequestStatus.Responded)
        {
            logger.LogInformation("Task answer {TaskId} for request {RequestId} ignored: unknown or settled", answer.TaskId, answer.RequestId);
            return;
        }

        if (!tokens.Verify(answer.CompletionToken, request.Id, task.Id, task.SystemId))
        {
            logger.LogWarning("Task answer {TaskId} for request {RequestId} refused: no valid completion token of its system", task.Id, request.Id);
            await refusal.RecordAsync(db, request, task, $"bus:{context.SourceAddress?.AbsolutePath.TrimStart('/') ?? "unknown"}", "bus", context.CancellationToken);
            return;
        }

        var outcome = answer.Outcome.Length > RequestLimits.OutcomeLength ? answer.Outcome[..RequestLimits.OutcomeLength] : answer.Outcome;
        var evidence = answer.Evidence is { Length: > RequestLimits.EvidenceLength } e ? e[..RequestLimits.EvidenceLength] : answer.Evidence;
        await completion.CompleteAsync(request, task, outcome, evidence, Instants.Normalize(answer.CompletedAt ?? clock.GetUtcNow()), $"system:{task.SystemId}", context.CancellationToken);
        request.Revision++;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}

using ComplianceHub.DataSubjectRequests.Fulfilment;

namespace ComplianceHub.DataSubjectRequests.CompleteTask;

/// <summary>A fulfilment system (or a person for it) reports its part done; the last one moves the request to AllTasksDone.</summary>
internal static class CompleteTaskEndpoint
{
    public static void MapCompleteTask(this IEndpointRouteBuilder api) =>
        api.MapPost("/data-subject-requests/{id:guid}/tasks/{taskId:guid}/complete", HandleAsync)
            .AsRequestCommand(
                "CompleteFulfilmentTask",
                "Report a fulfilment task done.",
                CompleteTaskExamples.Complete,
                CompleteTaskExamples.Completed,
                RequestRoles.HandlersAndSystems);

    private static async Task<RequestCommandResult> HandleAsync(
        Guid id,
        Guid taskId,
        CompleteTaskRequest body,
        ClaimsPrincipal user,
        DataSubjectRequestsDbContext db,
        TaskCompletion completion,
        TaskCompletionToken tokens,
        TaskCompletionRefusal refusal,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Text("outcome", body.Outcome, RequestLimits.OutcomeLength, required: true, multiline: false);
        errors.Text("evidence", body.Evidence, RequestLimits.EvidenceLength, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var request = await RequestLookup.FindAsync(db, id, user, cancellationToken);
        var task = request?.Tasks.SingleOrDefault(t => t.Id == taskId);
        if (request is null || task is null)
        {
            return TypedResults.NotFound();
        }

        // A system (an Integration key) proves the task is its own with the token it was given; an organisation's keys
        // are not bound to a system, so without this any of its systems could complete another's task.
        // A handler may complete any task of the organisation; a caller with none of the handlers' roles is a system.
        if (!RequestRoles.Handlers.Any(user.IsInRole) && !tokens.Verify(body.CompletionToken, request.Id, task.Id, task.SystemId))
        {
            await refusal.RecordAsync(db, request, task, user.ActorId(), "api", cancellationToken);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not this system's task",
                detail: "An Integration caller completes a task with the completionToken its system received with the task.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["completionToken"] = ["Missing, or not the token of this task's system."] } });
        }

        if (request.Status == RequestStatus.Responded)
        {
            return RequestLookup.RespondedConflict();
        }

        if (task.Status == FulfilmentTaskStatus.Completed)
        {
            return RequestLookup.Conflict("The task is already completed.");
        }

        await completion.CompleteAsync(request, task, body.Outcome!.Trim(), body.Evidence?.Trim(), Instants.Normalize(clock.GetUtcNow()), user.ActorId(), cancellationToken);
        return await RequestLookup.AcceptAsync(db, request, cancellationToken);
    }
}

using System.Security.Claims;
using ComplianceHub.DataSubjectRequests.Data;
using ComplianceHub.DataSubjectRequests.Domain;
using ComplianceHub.DataSubjectRequests.Fulfilment;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.DataSubjectRequests.CompleteTask;

/// <summary>A fulfilment system (or a person for it) reports its part done; the last one moves the request to AllTasksDone.</summary>
internal static class CompleteTaskEndpoint
{
    public static void MapCompleteTask(this IEndpointRouteBuilder api) =>
        api.MapPost("/data-subject-requests/{id:guid}/tasks/{taskId:guid}/complete", HandleAsync)
            .WithName("CompleteFulfilmentTask")
            .WithTags("DataSubjectRequests")
            .WithSummary("Report a fulfilment task done.")
            .WithExample(RequestExamples.Complete, RequestExamples.Completed, StatusCodes.Status202Accepted)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo, Roles.ComplianceAnalyst, Roles.Integration));

    private static async Task<Results<Accepted<RequestStateView>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        Guid taskId,
        CompleteTaskRequest body,
        ClaimsPrincipal user,
        DataSubjectRequestsDbContext db,
        TaskCompletion completion,
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

        if (request.Status == RequestStatus.Responded)
        {
            return RequestLookup.RespondedConflict();
        }

        if (task.Status == FulfilmentTaskStatus.Completed)
        {
            return RequestLookup.Conflict("The task is already completed.");
        }

        await completion.CompleteAsync(request, task, body.Outcome!.Trim(), body.Evidence?.Trim(), Instants.Normalize(clock.GetUtcNow()), user.ActorId(), cancellationToken);
        return await RequestLookup.SaveAsync(db, request, cancellationToken) is { } conflict
            ? conflict
            : TypedResults.Accepted($"/api/v1/data-subject-requests/{id}", RequestStateView.Of(request));
    }
}

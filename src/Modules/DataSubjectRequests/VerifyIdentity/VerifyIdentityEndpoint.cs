using ComplianceHub.DataSubjectRequests.Fulfilment;
using ComplianceHub.DataSubjectRequests.Workflow;
using ComplianceHub.Shared.Messaging.Outbox;
using MassTransit;

namespace ComplianceHub.DataSubjectRequests.VerifyIdentity;

/// <summary>
/// The controller may ask for information to confirm who the subject is (Art. 12(6)); while it is awaited the clock
/// may stand still (<see cref="DataSubjectRequestsOptions.PauseWhileIdentifying"/>). Verified starts the fulfilment
/// fan-out; Failed leaves the request to be answered with a refusal.
/// </summary>
internal static class VerifyIdentityEndpoint
{
    public static void MapVerifyIdentity(this IEndpointRouteBuilder api) =>
        api.MapPost("/data-subject-requests/{id:guid}/identity-verification", HandleAsync)
            .WithName("VerifyDataSubjectIdentity")
            .WithTags("DataSubjectRequests")
            .WithSummary("Record an identity check: Verified (fan-out starts), Failed, or InformationRequested (the clock may stop).")
            .WithExample(RequestExamples.Verify, RequestExamples.Verified, StatusCodes.Status202Accepted)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo, Roles.ComplianceAnalyst));

    private static async Task<Results<Accepted<RequestStateView>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        VerifyIdentityRequest body,
        ClaimsPrincipal user,
        DataSubjectRequestsDbContext db,
        FanOut fanOut,
        DataSubjectRequestsOptions options,
        IModuleOutbox<DataSubjectRequestsDbContext> outbox,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var outcome = RequestEnums.Parse<IdentityOutcome>(errors, "outcome", body.Outcome, required: true);
        errors.Text("method", body.Method, RequestLimits.MethodLength, required: true, multiline: false);
        if (!errors.IsValid || outcome is null)
        {
            return errors.ToProblem();
        }

        var request = await RequestLookup.FindAsync(db, id, user, cancellationToken);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Status is not (RequestStatus.Received or RequestStatus.AwaitingIdentity))
        {
            return RequestLookup.Conflict($"The identity check is settled (status {request.Status}).");
        }

        var now = Instants.Normalize(clock.GetUtcNow());
        var actor = user.ActorId();
        request.IdentityOutcome = outcome;
        request.IdentityMethod = body.Method!.Trim();
        var wasStopped = RequestClock.Stopped(request);
        if (outcome == IdentityOutcome.InformationRequested)
        {
            request.Status = RequestStatus.AwaitingIdentity;
            if (options.PauseWhileIdentifying && !wasStopped)
            {
                request.Pauses.Add(new ClockPause { Id = NewId.NextGuid(), RequestId = id, StartedAt = now });
            }

            RequestLookup.Timeline(db, id, now, TimelineKinds.InformationRequested, actor,
                options.PauseWhileIdentifying ? "Information to identify the subject requested; the clock stands still (Art. 12(6))." : "Information to identify the subject requested.");
        }
        else
        {
            foreach (var pause in request.Pauses.Where(p => p.EndedAt is null))
            {
                pause.EndedAt = now;
            }

            request.DueAt = Instants.Normalize(RequestClock.DueAt(request));
            if (wasStopped)
            {
                RequestLookup.Timeline(db, id, now, TimelineKinds.ClockResumed, actor, $"The clock runs again; due {request.DueAt:O}.");
            }

            if (outcome == IdentityOutcome.Verified)
            {
                request.Status = RequestStatus.InProgress;
                RequestLookup.Timeline(db, id, now, TimelineKinds.IdentityVerified, actor, $"Identity verified ({request.IdentityMethod}).");
                var tasks = await fanOut.StartAsync(request, now, outbox.PublishEndpoint, outbox.SendEndpointProvider, cancellationToken);
                RequestLookup.Timeline(db, id, now, TimelineKinds.FannedOut, actor, $"{tasks} fulfilment task(s) created.");
                if (tasks == 0)
                {
                    request.Status = RequestStatus.AllTasksDone;
                }
            }
            else
            {
                request.Status = RequestStatus.IdentityFailed;
                RequestLookup.Timeline(db, id, now, TimelineKinds.IdentityFailed, actor, "The subject could not be identified; answer with a refusal (Art. 12(2)).");
            }
        }

        var stopped = RequestClock.Stopped(request);
        if (stopped != wasStopped || outcome != IdentityOutcome.InformationRequested)
        {
            await outbox.PublishEndpoint.Publish(new RequestDeadlineMoved(id, request.DueAt, stopped), cancellationToken);
        }

        return await RequestLookup.SaveAsync(db, request, cancellationToken) is { } conflict
            ? conflict
            : TypedResults.Accepted($"/api/v1/data-subject-requests/{id}", RequestStateView.Of(request));
    }
}

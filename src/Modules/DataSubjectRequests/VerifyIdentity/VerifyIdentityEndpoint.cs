using ComplianceHub.DataSubjectRequests.Fulfilment;
using ComplianceHub.DataSubjectRequests.Workflow;
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
            .AsRequestCommand(
                "VerifyDataSubjectIdentity",
                "Record an identity check: Verified (fan-out starts), Failed, or InformationRequested (the clock may stop).",
                VerifyIdentityExamples.Verify,
                VerifyIdentityExamples.Verified,
                RequestRoles.Handlers);

    private static async Task<RequestCommandResult> HandleAsync(
        Guid id, VerifyIdentityRequest body, FanOut fanOut, DataSubjectRequestsOptions options, [AsParameters] RequestCommandContext command)
    {
        var errors = new ValidationErrors();
        var outcome = RequestEnums.Parse<IdentityOutcome>(errors, "outcome", body.Outcome, required: true);
        errors.Text("method", body.Method, RequestLimits.MethodLength, required: true, multiline: false);
        if (!errors.IsValid || outcome is null)
        {
            return errors.ToProblem();
        }

        var request = await command.FindAsync(id);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Status is not (RequestStatus.Received or RequestStatus.AwaitingIdentity))
        {
            return RequestLookup.Conflict($"The identity check is settled (status {request.Status}).");
        }

        var now = command.Now();
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

            command.Timeline(id, now, TimelineKinds.InformationRequested,
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
                command.Timeline(id, now, TimelineKinds.ClockResumed, $"The clock runs again; due {request.DueAt:O}.");
            }

            if (outcome == IdentityOutcome.Verified)
            {
                request.Status = RequestStatus.InProgress;
                command.Timeline(id, now, TimelineKinds.IdentityVerified, $"Identity verified ({request.IdentityMethod}).");
                var tasks = await fanOut.StartAsync(request, now, command.Outbox.PublishEndpoint, command.Outbox.SendEndpointProvider, command.CancellationToken);
                command.Timeline(id, now, TimelineKinds.FannedOut, $"{tasks} fulfilment task(s) created.");
                if (tasks == 0)
                {
                    request.Status = RequestStatus.AllTasksDone;
                }
            }
            else
            {
                request.Status = RequestStatus.IdentityFailed;
                command.Timeline(id, now, TimelineKinds.IdentityFailed, "The subject could not be identified; answer with a refusal (Art. 12(2)).");
            }
        }

        var stopped = RequestClock.Stopped(request);
        if (stopped != wasStopped || outcome != IdentityOutcome.InformationRequested)
        {
            await command.PublishAsync(new RequestDeadlineMoved(id, request.DueAt, stopped));
        }

        return await command.AcceptAsync(request);
    }
}

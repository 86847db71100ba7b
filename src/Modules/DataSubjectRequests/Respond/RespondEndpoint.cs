using ComplianceHub.DataSubjectRequests.Contracts;
using ComplianceHub.DataSubjectRequests.Erasure;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.DataSubjectRequests.Respond;

/// <summary>
/// The answer to the subject (Art. 12(3)), or a refusal with its reasons (Art. 12(4)). An answered erasure request
/// also erases the subject from ComplianceHub's own stores, in the same transaction (<see cref="OwnStoresErasure"/>).
/// </summary>
internal static class RespondEndpoint
{
    public static void MapRespond(this IEndpointRouteBuilder api) =>
        api.MapPost("/data-subject-requests/{id:guid}/respond", HandleAsync)
            .AsRequestCommand(
                "RespondToDataSubjectRequest",
                "Record the answer to the subject; a refusal needs its reasons (Art. 12(4)).",
                RespondExamples.Respond,
                RespondExamples.Responded,
                RequestRoles.Handlers);

    private static async Task<RequestCommandResult> HandleAsync(
        Guid id, RespondRequest body, OwnStoresErasure erasure, PersonalDataProtector protector, [AsParameters] RequestCommandContext command)
    {
        var now = command.Now();
        var errors = new ValidationErrors();
        var outcome = RequestEnums.Parse<ResponseOutcome>(errors, "outcome", body.Outcome, required: true);
        errors.When(body.SentAt is null, "sentAt", "Required: when the answer was sent to the subject.")
            .When(body.SentAt > now + Instants.ClockSkew, "sentAt", "Must not be in the future.");
        errors.Text("refusalReason", body.RefusalReason, RequestLimits.ReasonLength, required: outcome == ResponseOutcome.Refused);
        if (!errors.IsValid || outcome is null)
        {
            return errors.ToProblem();
        }

        var request = await command.FindAsync(id);
        if (RequestLookup.CannotChange(request, out var refusal))
        {
            return refusal;
        }

        var sentAt = Instants.Normalize(body.SentAt!.Value);
        if (sentAt < request.ReceivedAt)
        {
            return errors.Add("sentAt", "Must not be before the request was received.").ToProblem();
        }

        foreach (var pause in request.Pauses.Where(p => p.EndedAt is null))
        {
            pause.EndedAt = now;
        }

        request.Status = RequestStatus.Responded;
        request.RespondedAt = sentAt;
        request.Outcome = outcome;
        request.RefusalReason = protector.ProtectOptional(body.RefusalReason?.Trim(), id, nameof(DataSubjectRequest.RefusalReason));
        command.Timeline(id, now, TimelineKinds.Responded,
            $"Answered {sentAt:O}: {outcome}{(sentAt > request.DueAt ? $" (after the deadline {request.DueAt:O})" : "")}.");
        await command.PublishAsync(
            new DataSubjectRequestResponded { RequestId = id, OrganizationId = request.OrganizationId, RespondedAt = sentAt, Outcome = outcome.Value.ToString() });
        if (request.Type == RequestType.Erasure && outcome != ResponseOutcome.Refused)
        {
            await erasure.EraseAsync(request, now, command.User.ActorId(), command.Outbox.PublishEndpoint, command.CancellationToken);
        }

        return await command.AcceptAsync(request);
    }
}

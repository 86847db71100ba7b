using ComplianceHub.DataSubjectRequests.Contracts;
using ComplianceHub.DataSubjectRequests.Workflow;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.DataSubjectRequests.ExtendDeadline;

/// <summary>
/// Art. 12(3): the period may be extended by two further months where necessary, taking into account the complexity
/// and number of requests; the subject must be told, with the reasons, within one month of receipt.
/// </summary>
internal static class ExtendDeadlineEndpoint
{
    public static void MapExtendDeadline(this IEndpointRouteBuilder api) =>
        api.MapPost("/data-subject-requests/{id:guid}/extension", HandleAsync)
            .AsRequestCommand(
                "ExtendDataSubjectRequest",
                "Extend the deadline by 1 or 2 months (at most 2 in total), decided and told to the subject within the first month (Art. 12(3)).",
                ExtendDeadlineExamples.Extend,
                ExtendDeadlineExamples.Extended,
                RequestRoles.Handlers);

    private static async Task<RequestCommandResult> HandleAsync(
        Guid id, ExtendDeadlineRequest body, PersonalDataProtector protector, [AsParameters] RequestCommandContext command)
    {
        var now = command.Now();
        var errors = new ValidationErrors();
        errors.When(body.AdditionalMonths is not (1 or 2), "additionalMonths", "Required: 1 or 2 (Art. 12(3)).");
        errors.Text("reason", body.Reason, RequestLimits.ReasonLength, required: true);
        errors.When(body.NoticeSentAt is null, "noticeSentAt", "Required: when the subject was told of the extension and its reasons.")
            .When(body.NoticeSentAt > now + Instants.ClockSkew, "noticeSentAt", "Must not be in the future.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var request = await command.FindAsync(id);
        if (RequestLookup.CannotChange(request, out var refusal))
        {
            return refusal;
        }

        var firstMonthEnds = RequestClock.FirstMonthEnds(request, now);
        var noticeSentAt = Instants.Normalize(body.NoticeSentAt!.Value);
        switch (RequestDeadlines.CheckExtension(request.ExtensionMonths, body.AdditionalMonths!.Value, request.ReceivedAt, firstMonthEnds, noticeSentAt, now))
        {
            case ExtensionRefusal.MoreThanTwoMonths:
                return errors.Add("additionalMonths", $"At most {RequestDeadlines.MaxExtensionMonths} months in total; already extended by {request.ExtensionMonths} (Art. 12(3)).").ToProblem();
            case ExtensionRefusal.NoticeBeforeReceipt:
                return errors.Add("noticeSentAt", "Must not be before the request was received.").ToProblem();
            case ExtensionRefusal.NoticeAfterFirstMonth:
                return errors.Add("noticeSentAt", $"The subject must be told within the first month, which ended {firstMonthEnds:O} (Art. 12(3)).").ToProblem();
            case ExtensionRefusal.FirstMonthOver:
                return RequestLookup.Conflict($"An extension is possible only while the first month runs; it ended {firstMonthEnds:O} (Art. 12(3)).");
            case ExtensionRefusal.MonthsOutOfRange:
                return errors.Add("additionalMonths", "Required: 1 or 2 (Art. 12(3)).").ToProblem();
        }

        request.ExtensionMonths += body.AdditionalMonths.Value;
        request.ExtensionReason = protector.Protect(body.Reason!.Trim(), id, nameof(DataSubjectRequest.ExtensionReason));
        request.ExtendedAt = now;
        request.ExtensionNoticeSentAt = noticeSentAt;
        request.DueAt = Instants.Normalize(RequestClock.DueAt(request));
        command.Timeline(id, now, TimelineKinds.Extended,
            $"Extended by {body.AdditionalMonths} month(s) ({request.ExtensionMonths} in total); subject told {noticeSentAt:O}; due {request.DueAt:O}.");
        await command.PublishAsync(
            new DataSubjectRequestExtended { RequestId = id, OrganizationId = request.OrganizationId, ExtendedAt = now, DueAt = request.DueAt });
        await command.PublishAsync(new RequestDeadlineMoved(id, request.DueAt, RequestClock.Stopped(request)));
        return await command.AcceptAsync(request);
    }
}

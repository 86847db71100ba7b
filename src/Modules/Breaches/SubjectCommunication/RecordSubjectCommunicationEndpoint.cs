using ComplianceHub.Breaches.Contracts;
using ComplianceHub.Breaches.ReportBreach;

namespace ComplianceHub.Breaches.SubjectCommunication;

internal static class RecordSubjectCommunicationEndpoint
{
    public static void MapRecordSubjectCommunication(this IEndpointRouteBuilder api) =>
        api.MapBreachCommand<RecordSubjectCommunicationRequest, SubjectCommunicationRecorded>(new("subject-communication", "RecordSubjectCommunication",
            SubjectCommunicationExamples.Communication, SubjectCommunicationExamples.CommunicationRecorded,
            "Record the communication to the people affected (Art. 34(1)) or the Art. 34(3) exemption that applies."), Plan);

    private static BreachCommandSteps<SubjectCommunicationRecorded> Plan(
        RecordSubjectCommunicationRequest request, BreachCommandContext command, ValidationErrors errors)
    {
        var now = command.Now();
        var exemption = RequestEnums.Parse<SubjectExemption>(errors, "exemption", request.Exemption, required: false);
        CommunicationChannel? channel = null;
        if (request.Exemption is null)
        {
            channel = RequestEnums.Parse<CommunicationChannel>(errors, "channel", request.Channel, required: true);
            errors.When(request.SentAt is null, "sentAt", "Required: when the people were told (or give an exemption instead).")
                .When(request.SentAt > now + Instants.ClockSkew, "sentAt", "Must not be in the future.")
                .When(request.Recipients is null or < 0, "recipients", "Required: how many people were told (zero or more).")
                .When(request.Rationale is not null, "rationale", "Only with an exemption.");
        }
        else
        {
            errors.Text("rationale", request.Rationale, BreachLimits.RationaleLength, required: true);
            errors.When(request.SentAt is not null, "sentAt", "Give either the communication or an exemption, not both.")
                .When(request.Channel is not null, "channel", "Give either the communication or an exemption, not both.")
                .When(request.Recipients is not null, "recipients", "Give either the communication or an exemption, not both.");
        }

        return new BreachCommandSteps<SubjectCommunicationRecorded>(
            Validate: breach =>
            {
                errors.When(request.SentAt < breach.DetectedAt, "sentAt", "Must not be before the breach was detected.");
                return Task.CompletedTask;
            },
            Refusal: breach => Task.FromResult(
                breach.SubjectCommunicationSettled ? "The communication to the people affected (or its exemption) is already recorded."
                : exemption is not null && breach.RiskLevel != RiskLevel.HighRisk
                    ? "Art. 34(3) exemptions apply to high-risk breaches: assess the breach as HighRisk first."
                : null),
            Record: async breach =>
            {
                var sentAt = request.SentAt is { } sent ? Instants.Normalize(sent) : (DateTimeOffset?)null;
                breach.SubjectsInformedAt = sentAt;
                breach.SubjectChannel = channel;
                breach.SubjectRecipients = request.Recipients;
                breach.SubjectExemption = exemption;
                breach.SubjectExemptionRationale = command.PersonalData.ProtectOptional(request.Rationale?.Trim(), breach.Id, nameof(Breach.SubjectExemptionRationale));
                await command.RecordAsync(
                    breach,
                    now,
                    exemption is null ? TimelineKinds.SubjectsInformed : TimelineKinds.SubjectExemption,
                    exemption is null ? $"{request.Recipients} people told by {channel} at {sentAt:O}." : $"Art. 34(3) exemption: {exemption}.",
                    new DataSubjectsInformed
                    {
                        BreachId = breach.Id,
                        OrganizationId = breach.OrganizationId,
                        SentAt = sentAt,
                        Exemption = exemption?.ToString(),
                        RecordedAt = now,
                    });
                return new SubjectCommunicationRecorded(breach.Id, sentAt, channel?.ToString(), request.Recipients, exemption?.ToString(), now);
            });
    }
}

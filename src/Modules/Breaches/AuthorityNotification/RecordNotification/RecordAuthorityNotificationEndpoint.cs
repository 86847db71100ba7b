using ComplianceHub.Breaches.Authorities;
using ComplianceHub.Breaches.Contracts;
using ComplianceHub.Breaches.ReportBreach;
using ComplianceHub.Shared.Geography;
using MassTransit;

namespace ComplianceHub.Breaches.AuthorityNotification;

internal static class RecordAuthorityNotificationEndpoint
{
    public static void MapRecordAuthorityNotification(this IEndpointRouteBuilder api) =>
        api.MapBreachCommand<RecordAuthorityNotificationRequest, SupervisoryAuthorityCatalog, AuthorityNotificationView>(new("authority-notifications",
            "RecordAuthorityNotification", RecordNotificationExamples.Notification, RecordNotificationExamples.NotificationRecorded,
            "Record a notification submitted to a supervisory authority (Initial, FollowUp, Final); stops the clock once every required authority has its initial one."),
            Plan);

    private static BreachCommandSteps<AuthorityNotificationView> Plan(
        RecordAuthorityNotificationRequest request, SupervisoryAuthorityCatalog authorities, BreachCommandContext command, ValidationErrors errors)
    {
        var now = command.Now();
        var phase = RequestEnums.Parse<NotificationPhase>(errors, "phase", request.Phase, required: true);
        errors.When(request.AuthorityCountry is null, "authorityCountry", "Required: ISO 3166-1 alpha-2 code of the authority's country.")
            .When(request.AuthorityCountry is not null && !CountryCode.IsValid(request.AuthorityCountry), "authorityCountry", "Not an ISO 3166-1 alpha-2 code (e.g. \"FR\").")
            .When(request.AuthorityCountry is not null && CountryCode.IsValid(request.AuthorityCountry) && !authorities.Covers(request.AuthorityCountry),
                "authorityCountry", "No EU/EEA supervisory authority in this country.")
            .When(request.SubmittedAt is null, "submittedAt", "Required: when the notification was submitted (ISO 8601 with offset).")
            .When(request.SubmittedAt > now + Instants.ClockSkew, "submittedAt", "Must not be in the future.");
        errors.Text("reference", request.Reference, BreachLimits.ReferenceLength, required: false);
        errors.Text("reasonsForDelay", request.ReasonsForDelay, BreachLimits.RationaleLength, required: false);
        var country = request.AuthorityCountry?.ToUpperInvariant();
        List<AuthorityNotificationRecord> earlier = [];
        return new BreachCommandSteps<AuthorityNotificationView>(
            Validate: async breach =>
            {
                var submittedAt = Instants.Normalize(request.SubmittedAt!.Value);
                // Art. 33(1): a notification not made within 72 hours is accompanied by the reasons for the delay. Later
                // phases (Art. 33(4)) are expected after the initial one and need none.
                errors.When(submittedAt > breach.AuthorityDeadline && phase == NotificationPhase.Initial && string.IsNullOrWhiteSpace(request.ReasonsForDelay),
                        "reasonsForDelay", $"Required: submitted after the deadline {breach.AuthorityDeadline:O} (Art. 33(1)).")
                    .When(submittedAt < breach.DetectedAt, "submittedAt", "Must not be before the breach was detected.");
                earlier = await command.Db.AuthorityNotifications.Where(n => n.BreachId == breach.Id && n.AuthorityCountry == country).ToListAsync(command.CancellationToken);
                errors.When(earlier.Any(n => n.SubmittedAt > submittedAt), "submittedAt", "Must not be before an earlier phase's submission to this authority.");
            },
            Refusal: _ => Task.FromResult(PhaseSequence.Refusal(phase!.Value, earlier)),
            Record: async breach =>
            {
                var submittedAt = Instants.Normalize(request.SubmittedAt!.Value);
                var late = submittedAt > breach.AuthorityDeadline;
                var recordId = NewId.NextGuid();
                var reasons = string.IsNullOrWhiteSpace(request.ReasonsForDelay) ? null : request.ReasonsForDelay.Trim();
                var record = new AuthorityNotificationRecord
                {
                    Id = recordId,
                    BreachId = breach.Id,
                    AuthorityCountry = country!,
                    Phase = phase!.Value,
                    SubmittedAt = submittedAt,
                    Reference = request.Reference?.Trim(),
                    Late = late,
                    ReasonsForDelay = command.PersonalData.ProtectOptional(reasons, recordId, nameof(AuthorityNotificationRecord.ReasonsForDelay)),
                    RecordedAt = now,
                    RecordedBy = command.User.ActorId(),
                };
                command.Db.AuthorityNotifications.Add(record);
                await command.RecordAsync(breach, now, TimelineKinds.AuthorityNotified,
                    $"{record.Phase} notification to {country} submitted {submittedAt:O}{(late ? " (late)" : "")}.",
                    new AuthorityNotified
                    {
                        BreachId = breach.Id,
                        OrganizationId = breach.OrganizationId,
                        AuthorityCountry = country!,
                        Phase = record.Phase.ToString(),
                        SubmittedAt = submittedAt,
                        Late = late,
                    });
                return AuthorityNotificationProjection.Of(record, reasons);
            });
    }
}

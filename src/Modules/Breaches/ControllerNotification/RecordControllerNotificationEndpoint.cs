using ComplianceHub.Breaches.Contracts;

namespace ComplianceHub.Breaches.ControllerNotification;

internal static class RecordControllerNotificationEndpoint
{
    public static void MapRecordControllerNotification(this IEndpointRouteBuilder api) =>
        api.MapBreachCommand<RecordControllerNotificationRequest, ControllerNotificationRecorded>(new("controller-notification", "RecordControllerNotification",
            ControllerNotificationExamples.ControllerNotice, ControllerNotificationExamples.ControllerNoticeRecorded,
            "For a breach reported as processor: record that the controller was told (Art. 33(2)); stops its timer."), Plan);

    private static BreachCommandSteps<ControllerNotificationRecorded> Plan(
        RecordControllerNotificationRequest request, BreachCommandContext command, ValidationErrors errors)
    {
        var now = command.Now();
        errors.When(request.NotifiedAt is null, "notifiedAt", "Required: when the controller was told (ISO 8601 with offset).")
            .When(request.NotifiedAt > now + Instants.ClockSkew, "notifiedAt", "Must not be in the future.");
        return new BreachCommandSteps<ControllerNotificationRecorded>(
            Refusal: breach => Task.FromResult(
                !breach.ReportedByProcessor ? "The breach was not reported by a processor: there is no controller to tell (Art. 33(2))."
                : breach.ControllerNotifiedAt is not null ? "The notice to the controller is already recorded."
                : null),
            Record: async breach =>
            {
                var notifiedAt = Instants.Normalize(request.NotifiedAt!.Value);
                breach.ControllerNotifiedAt = notifiedAt;
                await command.RecordAsync(breach, now, TimelineKinds.ControllerNotified, $"Controller told at {notifiedAt:O}.",
                    new ControllerNotified { BreachId = breach.Id, OrganizationId = breach.OrganizationId, NotifiedAt = notifiedAt });
                return new ControllerNotificationRecorded(breach.Id, notifiedAt);
            });
    }
}

using ComplianceHub.Breaches.Contracts;

namespace ComplianceHub.Breaches.ControllerNotification;

internal static class RecordControllerNotificationEndpoint
{
    public static void MapRecordControllerNotification(this IEndpointRouteBuilder api) =>
        api.MapPost("/breaches/{id:guid}/controller-notification", HandleAsync)
            .WithName("RecordControllerNotification")
            .WithExample(ControllerNotificationExamples.ControllerNotice, ControllerNotificationExamples.ControllerNoticeRecorded, StatusCodes.Status202Accepted)
            .WithTags("Breaches")
            .WithSummary("For a breach reported as processor: record that the controller was told (Art. 33(2)); stops its timer.")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo));

    private static async Task<Results<Accepted<ControllerNotificationRecorded>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, RecordControllerNotificationRequest request, [AsParameters] BreachCommandContext command)
    {
        var now = command.Now();
        var errors = new ValidationErrors()
            .When(request.NotifiedAt is null, "notifiedAt", "Required: when the controller was told (ISO 8601 with offset).")
            .When(request.NotifiedAt > now + Instants.ClockSkew, "notifiedAt", "Must not be in the future.");
        return await command.RunAsync(id, errors, new BreachCommandSteps<ControllerNotificationRecorded>(
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
            }));
    }
}

using ComplianceHub.Breaches.Contracts;
using ComplianceHub.Breaches.ReportBreach;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Breaches.CloseBreach;

internal static class CloseBreachEndpoint
{
    public static void MapCloseBreach(this IEndpointRouteBuilder api) =>
        api.MapPost("/breaches/{id:guid}/close", HandleAsync)
            .WithName("CloseBreach")
            .WithExample(BreachExamples.Close, BreachExamples.Closed, StatusCodes.Status202Accepted)
            .WithTags("Breaches")
            .WithSummary("Close a breach; refused (409) while a required notification or communication is outstanding, unless assessed as NoRisk.")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo));

    private static async Task<Results<Accepted<BreachClosedView>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        CloseBreachRequest request,
        ClaimsPrincipal user,
        BreachesDbContext db,
        IModuleOutbox<BreachesDbContext> outbox,
        PersonalDataProtector personalData,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Text("summary", request.Summary, BreachLimits.RationaleLength, required: true);
        return await BreachCommand.RunAsync(db, id, user, errors, new BreachCommandSteps<BreachClosedView>(
            Refusal: async breach =>
            {
                var notified = await db.AuthorityNotifications
                    .Where(n => n.BreachId == breach.Id && n.Phase == NotificationPhase.Initial)
                    .Select(n => n.AuthorityCountry).ToListAsync(cancellationToken);
                return Outstanding.Of(breach, notified) is { Count: > 0 } owed ? $"Outstanding: {string.Join("; ", owed)}." : null;
            },
            Record: async breach =>
            {
                var now = Instants.Normalize(clock.GetUtcNow());
                breach.ClosedAt = now;
                breach.ClosingSummary = personalData.Protect(request.Summary!.Trim(), breach.Id, nameof(Breach.ClosingSummary));
                BreachTimeline.Add(db, breach.Id, now, TimelineKinds.Closed, user.ActorId(), "Closed.");
                await outbox.PublishEndpoint.Publish(
                    new BreachClosed { BreachId = breach.Id, OrganizationId = breach.OrganizationId, ClosedAt = now }, cancellationToken);
                return new BreachClosedView(breach.Id, now);
            }),
            cancellationToken);
    }
}

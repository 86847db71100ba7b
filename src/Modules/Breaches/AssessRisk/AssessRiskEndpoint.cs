using ComplianceHub.Breaches.Contracts;
using ComplianceHub.Breaches.ReportBreach;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Breaches.AssessRisk;

internal static class AssessRiskEndpoint
{
    public static void MapAssessRisk(this IEndpointRouteBuilder api) =>
        api.MapPost("/breaches/{id:guid}/assessment", HandleAsync)
            .WithName("AssessBreachRisk")
            .WithTags("Breaches")
            .WithSummary("Record the risk assessment (NoRisk | Risk | HighRisk); a later assessment replaces an earlier one.")
            .WithExample(BreachExamples.Assessment, BreachExamples.AssessmentAnswer, StatusCodes.Status202Accepted)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo));

    private static async Task<Results<Accepted<AssessmentRecorded>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        AssessRiskRequest request,
        ClaimsPrincipal user,
        BreachesDbContext db,
        IModuleOutbox<BreachesDbContext> outbox,
        PersonalDataProtector personalData,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var level = RequestEnums.Parse<RiskLevel>(errors, "riskLevel", request.RiskLevel, required: true);
        errors.Text("rationale", request.Rationale, BreachLimits.RationaleLength, required: true);
        return await BreachCommand.RunAsync(db, id, user, errors, new BreachCommandSteps<AssessmentRecorded>(
            Record: async breach =>
            {
                var now = Instants.Normalize(clock.GetUtcNow());
                breach.RiskLevel = level;
                breach.RiskRationale = personalData.Protect(request.Rationale!.Trim(), breach.Id, nameof(Breach.RiskRationale));
                breach.AssessedAt = now;
                breach.AssessedBy = user.ActorId();
                BreachTimeline.Add(db, breach.Id, now, TimelineKinds.RiskAssessed, user.ActorId(), $"Assessed: {level}.");
                await outbox.PublishEndpoint.Publish(
                    new BreachRiskAssessed { BreachId = breach.Id, OrganizationId = breach.OrganizationId, RiskLevel = level!.Value.ToString(), AssessedAt = now },
                    cancellationToken);
                return new AssessmentRecorded(breach.Id, level.Value.ToString(), now);
            }),
            cancellationToken);
    }
}

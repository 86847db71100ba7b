using ComplianceHub.Breaches.Contracts;
using ComplianceHub.Breaches.ReportBreach;

namespace ComplianceHub.Breaches.AssessRisk;

internal static class AssessRiskEndpoint
{
    public static void MapAssessRisk(this IEndpointRouteBuilder api) =>
        api.MapBreachCommand<AssessRiskRequest, AssessmentRecorded>(new("assessment", "AssessBreachRisk", AssessRiskExamples.Assessment, AssessRiskExamples.AssessmentAnswer,
            "Record the risk assessment (NoRisk | Risk | HighRisk); a later assessment replaces an earlier one."), Plan);

    private static BreachCommandSteps<AssessmentRecorded> Plan(AssessRiskRequest request, BreachCommandContext command, ValidationErrors errors)
    {
        var level = RequestEnums.Parse<RiskLevel>(errors, "riskLevel", request.RiskLevel, required: true);
        errors.Text("rationale", request.Rationale, BreachLimits.RationaleLength, required: true);
        return new BreachCommandSteps<AssessmentRecorded>(
            Record: async breach =>
            {
                var now = command.Now();
                breach.RiskLevel = level;
                breach.RiskRationale = command.PersonalData.Protect(request.Rationale!.Trim(), breach.Id, nameof(Breach.RiskRationale));
                breach.AssessedAt = now;
                breach.AssessedBy = command.User.ActorId();
                await command.RecordAsync(breach, now, TimelineKinds.RiskAssessed, $"Assessed: {level}.",
                    new BreachRiskAssessed { BreachId = breach.Id, OrganizationId = breach.OrganizationId, RiskLevel = level!.Value.ToString(), AssessedAt = now });
                return new AssessmentRecorded(breach.Id, level.Value.ToString(), now);
            });
    }
}

using ComplianceHub.Breaches.ReportBreach;
using static ComplianceHub.Breaches.ReportBreach.ReportBreachExamples;

namespace ComplianceHub.Breaches.AssessRisk;

/// <summary>The risk assessment of <see cref="ReportBreachExamples"/>'s breach: high risk, four hours after awareness.</summary>
internal static class AssessRiskExamples
{
    public static readonly AssessRiskRequest Assessment = new()
    {
        RiskLevel = "HighRisk",
        Rationale = "Contact data and order history enable targeted phishing; 12,000 people.",
    };

    public static readonly AssessmentRecorded AssessmentAnswer = new(Id, "HighRisk", AwareAt.AddHours(4));
}

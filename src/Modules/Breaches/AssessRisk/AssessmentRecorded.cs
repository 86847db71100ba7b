namespace ComplianceHub.Breaches.AssessRisk;

/// <summary>The 202 answer to an assessment: the workflow applies it and moves the breach on.</summary>
public sealed record AssessmentRecorded(Guid BreachId, string RiskLevel, DateTimeOffset AssessedAt);

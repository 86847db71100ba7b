namespace ComplianceHub.Security.Evaluation;

/// <summary>What a potential breach carries beyond the alert.</summary>
internal sealed record BreachEvidence(int? ApproxRecordsAffected);

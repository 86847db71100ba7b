namespace ComplianceHub.Shared.Audit;

/// <summary>Body of <c>POST /api/v1/audit/head/reseal</c>.</summary>
public sealed record AuditResealRequest(long? ExpectedSequence, string? Reason);

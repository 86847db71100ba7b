namespace ComplianceHub.Shared.Audit;

/// <summary>The result of walking the chain: <paramref name="FirstBrokenEntry"/> is the sequence number where it first fails.</summary>
public sealed record AuditVerification(bool Valid, long Checked, long? FirstBrokenEntry, string? Problem);

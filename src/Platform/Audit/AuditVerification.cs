namespace ComplianceHub.Shared.Audit;

/// <summary>
/// The result of walking the chain: <paramref name="FirstBrokenEntry"/> is the sequence number where it first fails;
/// <paramref name="Checkpoint"/> says how the chain compares with the checkpoint it was verified against, if any.
/// </summary>
public sealed record AuditVerification(bool Valid, long Checked, long? FirstBrokenEntry, string? Problem, AuditCheckpointComparison? Checkpoint = null);

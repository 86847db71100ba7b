namespace ComplianceHub.Shared.Audit;

/// <summary>
/// How the chain compares with a checkpoint: <paramref name="Source"/> is <c>uploaded</c> or <c>published</c> (the
/// newest in this host's checkpoint file). Entries the checkpoint proves existed and the chain no longer has are
/// <paramref name="FirstMissing"/> to <paramref name="LastMissing"/> (<paramref name="Missing"/> of them).
/// </summary>
public sealed record AuditCheckpointComparison(
    string Source, long Sequence, DateTimeOffset At, bool Matches, long Missing, long? FirstMissing, long? LastMissing, string? Problem);

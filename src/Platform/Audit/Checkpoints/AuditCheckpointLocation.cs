using ComplianceHub.Shared.Hosting;

namespace ComplianceHub.Shared.Audit.Checkpoints;

/// <summary>The checkpoint directory: <c>Audit:CheckpointDirectory</c>, else <c>audit-checkpoints</c> in the data directory.</summary>
public sealed class AuditCheckpointLocation(AuditOptions options, StorageOptions storage)
{
    public string Directory { get; } = options.CheckpointDirectory is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(storage.DataDirectoryFullPath, "audit-checkpoints");
}

namespace ComplianceHub.Shared.Audit.Checkpoints;

/// <summary>
/// A signed statement that the chain had reached entry <see cref="Sequence"/> with hash <see cref="Hash"/> at
/// <see cref="At"/>, kept outside the database the chain lives in (CloudTrail's digest files are the model): whoever
/// can rewrite the database cannot take back a checkpoint already published, so entries cut from the end since show
/// as missing when the chain is verified against it.
/// </summary>
public sealed record AuditCheckpoint
{
    public required long Sequence { get; init; }

    public required string Hash { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The ring key its signature was made under (with the audit-checkpoint purpose).</summary>
    public required string KeyId { get; init; }

    public required string Signature { get; init; }
}

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Operations alert: the audit chain's head failed its signature check (or a checkpoint showed entries missing), so
/// appends are stopped until an operator has looked (raised at most once per cooldown by each host).
/// </summary>
public sealed record AuditChainTampered
{
    public required string Problem { get; init; }

    public required long HeadSequence { get; init; }

    public required DateTimeOffset DetectedAt { get; init; }
}

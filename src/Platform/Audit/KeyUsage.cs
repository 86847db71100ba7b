namespace ComplianceHub.Shared.Audit;

/// <summary>How many encryptions every host together has made under one encryption key (random 96-bit nonces).</summary>
public sealed class KeyUsage
{
    public required string KeyId { get; set; }

    public long Encryptions { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

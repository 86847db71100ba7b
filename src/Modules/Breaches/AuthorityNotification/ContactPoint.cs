namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>The DPO or other contact point where more information can be obtained (Art. 33(3)(b)).</summary>
public sealed record ContactPoint
{
    public required string Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }
}

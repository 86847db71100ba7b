namespace ComplianceHub.Breaches.ReportBreach;

/// <summary>The DPO or other contact point the authority can reach (Art. 33(3)(b)).</summary>
public sealed record ContactPointRequest
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }
}

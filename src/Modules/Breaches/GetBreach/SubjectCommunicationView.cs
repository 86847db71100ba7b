namespace ComplianceHub.Breaches.GetBreach;

/// <summary>Art. 34: whether the people affected must be told, and what was done.</summary>
public sealed record SubjectCommunicationView
{
    /// <summary>True when the current assessment is HighRisk (Art. 34(1)).</summary>
    public required bool Required { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? Channel { get; init; }

    public int? Recipients { get; init; }

    public string? Exemption { get; init; }

    public string? ExemptionRationale { get; init; }
}

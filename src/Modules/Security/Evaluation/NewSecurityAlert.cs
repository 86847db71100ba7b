namespace ComplianceHub.Security.Evaluation;

/// <summary>What a rule decided to raise.</summary>
internal sealed record NewSecurityAlert
{
    public required Guid OrganizationId { get; init; }

    public required SecurityEventType Type { get; init; }

    public required AlertPriority Priority { get; init; }

    public required string Rule { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public string? Subject { get; init; }

    public string? Country { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public Guid? EventId { get; init; }

    /// <summary>Set when the finding is a potential personal data breach for the Breaches module.</summary>
    public BreachEvidence? PotentialBreach { get; init; }
}

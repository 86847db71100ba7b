namespace ComplianceHub.Security.Contracts;

/// <summary>
/// A security rule found evidence that personal data may have been breached (Art. 32 monitoring). The Breaches module
/// opens a breach linked to it. Carries no personal data: the evidence stays in the Security module.
/// </summary>
public sealed record PotentialBreachDetected
{
    /// <summary>Unique per detection: a redelivered event opens no second breach.</summary>
    public required Guid DetectionId { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary>The rule that fired, e.g. <c>UnusualAccessPattern</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>What was detected, in words without personal data (e.g. "records read 8x above baseline").</summary>
    public required string Summary { get; init; }

    public required DateTimeOffset DetectedAt { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes where the affected people live, when known.</summary>
    public IReadOnlyList<string> AffectedCountries { get; init; } = [];

    /// <summary>Categories of personal data in the affected systems, when known.</summary>
    public IReadOnlyList<string> DataCategories { get; init; } = [];

    public int? ApproxRecordsAffected { get; init; }

    /// <summary>Where the evidence lives, e.g. <c>security-alerts/{id}</c>.</summary>
    public required string EvidenceReference { get; init; }
}

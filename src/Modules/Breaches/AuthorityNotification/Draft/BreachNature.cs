namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>Art. 33(3)(a): the nature of the breach, categories and approximate numbers of subjects and records.</summary>
public sealed record BreachNature
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public required IReadOnlyList<string> DataCategories { get; init; }

    public required bool SpecialCategoryData { get; init; }

    public int? ApproxSubjectsAffected { get; init; }

    public int? ApproxRecordsAffected { get; init; }

    public required DateTimeOffset DetectedAt { get; init; }

    public required DateTimeOffset AwareAt { get; init; }

    public required bool ReportedByProcessor { get; init; }

    public required IReadOnlyList<string> AffectedCountries { get; init; }

    public string? RiskLevel { get; init; }
}

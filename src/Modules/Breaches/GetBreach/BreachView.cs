namespace ComplianceHub.Breaches.GetBreach;

/// <summary>A breach as <c>GET /api/v1/breaches/{id}</c> shows it.</summary>
public sealed record BreachView
{
    public required Guid Id { get; init; }

    public required string Status { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Source { get; init; }

    public required DateTimeOffset DetectedAt { get; init; }

    public required DateTimeOffset AwareAt { get; init; }

    public required DateTimeOffset AuthorityDeadline { get; init; }

    public required DateTimeOffset ReportedAt { get; init; }

    public required IReadOnlyList<string> AffectedCountries { get; init; }

    public required IReadOnlyList<string> DataCategories { get; init; }

    public required bool SpecialCategoryData { get; init; }

    public required int ApproxSubjectsAffected { get; init; }

    public required int ApproxRecordsAffected { get; init; }

    public string? LikelyConsequences { get; init; }

    public string? MeasuresTaken { get; init; }

    public required bool ReportedByProcessor { get; init; }
}

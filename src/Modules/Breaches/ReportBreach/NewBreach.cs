namespace ComplianceHub.Breaches.ReportBreach;

/// <summary>The facts of a breach being opened, in clear (the intake encrypts what is personal).</summary>
internal sealed record NewBreach
{
    public required Guid OrganizationId { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Source { get; init; }

    public string? LinkedSource { get; init; }

    public required DateTimeOffset DetectedAt { get; init; }

    public required DateTimeOffset AwareAt { get; init; }

    public required IReadOnlyList<string> AffectedCountries { get; init; }

    public required IReadOnlyList<string> DataCategories { get; init; }

    public bool SpecialCategoryData { get; init; }

    public int ApproxSubjectsAffected { get; init; }

    public int ApproxRecordsAffected { get; init; }

    public string? LikelyConsequences { get; init; }

    public string? MeasuresTaken { get; init; }

    public bool ReportedByProcessor { get; init; }

    public ContactPointRequest? ContactPoint { get; init; }
}

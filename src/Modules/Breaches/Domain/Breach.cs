namespace ComplianceHub.Breaches.Domain;

/// <summary>A personal data breach as recorded for the Art. 33(5) register.</summary>
internal sealed class Breach
{
    public Guid Id { get; init; }

    /// <summary>The controller (or processor) whose breach this is; no other organisation ever sees it.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Encrypted at rest, as are <see cref="Description"/>, <see cref="LikelyConsequences"/> and <see cref="MeasuresTaken"/>: free text about people.</summary>
    public required string Title { get; set; }

    public required string Description { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset DetectedAt { get; init; }

    public DateTimeOffset AwareAt { get; init; }

    public DateTimeOffset AuthorityDeadline { get; init; }

    public DateTimeOffset ReportedAt { get; init; }

    public required List<string> AffectedCountries { get; init; }

    public required List<string> DataCategories { get; init; }

    public bool SpecialCategoryData { get; init; }

    public int ApproxSubjectsAffected { get; init; }

    public int ApproxRecordsAffected { get; init; }

    public string? LikelyConsequences { get; set; }

    public string? MeasuresTaken { get; set; }

    public bool ReportedByProcessor { get; init; }

    public BreachStatus Status { get; set; } = BreachStatus.Reported;
}

namespace ComplianceHub.Breaches.ReportBreach;

/// <summary>The body of <c>POST /api/v1/breaches</c>.</summary>
public sealed record ReportBreachRequest
{
    /// <summary>Only for platform callers: the organisation the breach belongs to (others report for their own).</summary>
    public Guid? OrganizationId { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset? DetectedAt { get; init; }

    /// <summary>When the controller became aware (Art. 33(1)); defaults to the time of the request.</summary>
    public DateTimeOffset? AwareAt { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<string>? AffectedCountries { get; init; }

    public IReadOnlyList<string>? DataCategories { get; init; }

    public bool SpecialCategoryData { get; init; }

    public int? ApproxSubjectsAffected { get; init; }

    public int? ApproxRecordsAffected { get; init; }

    public string? LikelyConsequences { get; init; }

    public string? MeasuresTaken { get; init; }

    public bool ReportedByProcessor { get; init; }

    /// <summary>The DPO or other contact point the authority can reach (Art. 33(3)(b)); may follow in a later phase.</summary>
    public ContactPointRequest? ContactPoint { get; init; }
}

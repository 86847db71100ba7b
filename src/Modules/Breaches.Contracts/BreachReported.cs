namespace ComplianceHub.Breaches.Contracts;

/// <summary>
/// A personal data breach was reported; the Art. 33(1) clock runs from <see cref="AwareAt"/>.
/// Carries no personal data: other modules read the details through the Breaches API.
/// </summary>
public sealed record BreachReported
{
    public required Guid BreachId { get; init; }

    /// <summary>The organisation the breach belongs to (absent only in events from before organisations existed).</summary>
    public Guid? OrganizationId { get; init; }

    public required DateTimeOffset DetectedAt { get; init; }

    public required DateTimeOffset AwareAt { get; init; }

    /// <summary>AwareAt + 72 hours of elapsed time (Art. 33(1)).</summary>
    public required DateTimeOffset AuthorityDeadline { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes of the countries where affected people live.</summary>
    public required IReadOnlyList<string> AffectedCountries { get; init; }

    public required bool SpecialCategoryData { get; init; }

    public required int ApproxSubjectsAffected { get; init; }

    /// <summary>True when we act as processor and must tell the controller without undue delay (Art. 33(2)).</summary>
    public required bool ReportedByProcessor { get; init; }
}

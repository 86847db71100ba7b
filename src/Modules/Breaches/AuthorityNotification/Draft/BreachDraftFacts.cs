namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>What is known about a breach when a notification draft is composed; timestamps are instants (stored UTC).</summary>
public sealed record BreachDraftFacts
{
    public required Guid BreachId { get; init; }

    /// <summary>The controller notifying.</summary>
    public required string OrganizationName { get; init; }

    /// <summary>ISO 3166-1 alpha-2 of the main establishment (Art. 4(16)); null when there is none in the EU/EEA or it is not known.</summary>
    public string? MainEstablishmentCountry { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public IReadOnlyList<string> DataCategories { get; init; } = [];

    /// <summary>Art. 9 special categories or Art. 10 criminal-offence data.</summary>
    public bool SpecialCategoryData { get; init; }

    /// <summary>Null when not yet known (Art. 33(4) allows it to follow).</summary>
    public int? ApproxSubjectsAffected { get; init; }

    public int? ApproxRecordsAffected { get; init; }

    public string? LikelyConsequences { get; init; }

    public string? MeasuresTaken { get; init; }

    public ContactPoint? ContactPoint { get; init; }

    public required DateTimeOffset DetectedAt { get; init; }

    /// <summary>The Art. 33(1) clock starts here.</summary>
    public required DateTimeOffset AwareAt { get; init; }

    public required DateTimeOffset AuthorityDeadline { get; init; }

    /// <summary>Art. 33(2): a processor told the controller.</summary>
    public bool ReportedByProcessor { get; init; }

    public IReadOnlyList<string> AffectedCountries { get; init; } = [];

    public string? RiskLevel { get; init; }

    /// <summary><c>Initial</c>, <c>FollowUp</c> or <c>Final</c> (Art. 33(4)).</summary>
    public string Phase { get; init; } = PhaseSequence.Initial;

    /// <summary>IANA time zone the renderings show times in; null: UTC.</summary>
    public string? DisplayTimeZone { get; init; }
}

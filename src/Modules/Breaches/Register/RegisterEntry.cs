namespace ComplianceHub.Breaches.Register;

/// <summary>
/// One breach in the Art. 33(5) register: "the facts relating to the personal data breach, its effects and the
/// remedial action taken", whether it was notified, and if not, why.
/// </summary>
public sealed record RegisterEntry
{
    public required Guid BreachId { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string Status { get; init; }

    public required DateTimeOffset DetectedAt { get; init; }

    public required DateTimeOffset AwareAt { get; init; }

    public required DateTimeOffset ReportedAt { get; init; }

    public required DateTimeOffset AuthorityDeadline { get; init; }

    public required string Title { get; init; }

    /// <summary>The facts: nature of the breach.</summary>
    public required string Description { get; init; }

    public required IReadOnlyList<string> DataCategories { get; init; }

    public required bool SpecialCategoryData { get; init; }

    public required int ApproxSubjectsAffected { get; init; }

    public required int ApproxRecordsAffected { get; init; }

    public required IReadOnlyList<string> AffectedCountries { get; init; }

    /// <summary>Its effects: the likely consequences.</summary>
    public string? Effects { get; init; }

    /// <summary>The remedial action taken or proposed.</summary>
    public string? RemedialAction { get; init; }

    public string? RiskLevel { get; init; }

    public string? RiskRationale { get; init; }

    public required bool Notified { get; init; }

    /// <summary>For a breach not notified, why (the NoRisk rationale, or that it is still being assessed / is overdue).</summary>
    public string? ReasonNotNotified { get; init; }

    /// <summary>Each submission, e.g. <c>FR Initial 2026-03-02T10:00:00Z (late)</c>.</summary>
    public required IReadOnlyList<string> Notifications { get; init; }

    public DateTimeOffset? SubjectsInformedAt { get; init; }

    public string? SubjectExemption { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public string? ClosingSummary { get; init; }
}

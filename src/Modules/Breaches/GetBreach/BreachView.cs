using ComplianceHub.Breaches.AuthorityNotification;

namespace ComplianceHub.Breaches.GetBreach;

/// <summary>A breach as <c>GET /api/v1/breaches/{id}</c> shows it: facts, state, deadlines, authorities, what was done, and the timeline.</summary>
public sealed record BreachView
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary>The workflow state, e.g. <c>AwaitingAuthorityNotification</c>.</summary>
    public required string Status { get; init; }

    public string? RiskLevel { get; init; }

    public string? RiskRationale { get; init; }

    public DateTimeOffset? AssessedAt { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Source { get; init; }

    /// <summary>The detection the breach was opened from, e.g. <c>security/{detectionId}</c>.</summary>
    public string? LinkedSource { get; init; }

    public required DateTimeOffset DetectedAt { get; init; }

    public required DateTimeOffset AwareAt { get; init; }

    /// <summary>AwareAt + 72 hours of elapsed time (Art. 33(1)).</summary>
    public required DateTimeOffset AuthorityDeadline { get; init; }

    /// <summary>The deadline passed before every required authority had its initial notification.</summary>
    public required bool DeadlineMissed { get; init; }

    public required DateTimeOffset ReportedAt { get; init; }

    public required IReadOnlyList<string> AffectedCountries { get; init; }

    public required IReadOnlyList<string> DataCategories { get; init; }

    public required bool SpecialCategoryData { get; init; }

    public required int ApproxSubjectsAffected { get; init; }

    public required int ApproxRecordsAffected { get; init; }

    public string? LikelyConsequences { get; init; }

    public string? MeasuresTaken { get; init; }

    public BreachContactView? ContactPoint { get; init; }

    public required bool ReportedByProcessor { get; init; }

    public DateTimeOffset? ControllerNotifiedAt { get; init; }

    /// <summary>The lead supervisory authority (Art. 56(1)), when the organisation has its main establishment in the EU/EEA.</summary>
    public AuthorityRefView? LeadAuthority { get; init; }

    /// <summary>Authorities of the other affected EU/EEA countries (or all of them, without a lead).</summary>
    public required IReadOnlyList<AuthorityRefView> ConcernedAuthorities { get; init; }

    /// <summary>Countries whose authority must receive an initial notification.</summary>
    public required IReadOnlyList<string> RequiredAuthorities { get; init; }

    /// <summary>Required authorities still without an initial notification.</summary>
    public required IReadOnlyList<string> OutstandingAuthorities { get; init; }

    public required IReadOnlyList<AuthorityNotificationView> AuthorityNotifications { get; init; }

    public required SubjectCommunicationView SubjectCommunication { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public string? ClosingSummary { get; init; }

    public required IReadOnlyList<TimelineEntryView> Timeline { get; init; }
}

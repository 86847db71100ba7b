namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>
/// One rights request. Who the subject is (<see cref="SubjectName"/>, <see cref="SubjectEmail"/>,
/// <see cref="SubjectIdentifier"/>, <see cref="Description"/>) is encrypted under the request's own subject key
/// (<see cref="SubjectKey"/>): destroying that key erases them everywhere they were stored (Art. 17).
/// </summary>
internal sealed class DataSubjectRequest
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public RequestType Type { get; init; }

    public required string Channel { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of the subject.</summary>
    public required string Country { get; init; }

    /// <summary>The IANA zone of the controller whose calendar days the deadline counts (Reg. 1182/71).</summary>
    public required string TimeZone { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The deadline in force: one month, plus pauses, plus any extension (Art. 12(3)).</summary>
    public DateTimeOffset DueAt { get; set; }

    public RequestStatus Status { get; set; }

    public string? SubjectName { get; set; }

    public string? SubjectEmail { get; set; }

    public string? SubjectIdentifier { get; set; }

    public string? Description { get; set; }

    /// <summary>Set when the subject key was destroyed: the subject fields can no longer be read.</summary>
    public DateTimeOffset? SubjectErasedAt { get; set; }

    public IdentityOutcome? IdentityOutcome { get; set; }

    public string? IdentityMethod { get; set; }

    public int ExtensionMonths { get; set; }

    public string? ExtensionReason { get; set; }

    public DateTimeOffset? ExtendedAt { get; set; }

    public DateTimeOffset? ExtensionNoticeSentAt { get; set; }

    public DateTimeOffset? RespondedAt { get; set; }

    public ResponseOutcome? Outcome { get; set; }

    public string? RefusalReason { get; set; }

    /// <summary>Changes with every command: two concurrent commands on one request cannot both pass their checks.</summary>
    public int Revision { get; set; }

    public List<ClockPause> Pauses { get; init; } = [];

    public List<FulfilmentTask> Tasks { get; init; } = [];
}

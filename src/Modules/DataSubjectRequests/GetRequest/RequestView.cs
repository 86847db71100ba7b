namespace ComplianceHub.DataSubjectRequests.GetRequest;

/// <summary>One request as the API shows it; <see cref="Subject"/> is null once the subject was erased.</summary>
public sealed record RequestView
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string Type { get; init; }

    public required string Status { get; init; }

    public required string Channel { get; init; }

    public required string Country { get; init; }

    public required string TimeZone { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public required bool Overdue { get; init; }

    public required bool ClockStopped { get; init; }

    public SubjectView? Subject { get; init; }

    public string? Description { get; init; }

    public bool SubjectErased { get; init; }

    public string? IdentityOutcome { get; init; }

    public string? IdentityMethod { get; init; }

    public ExtensionView? Extension { get; init; }

    public required IReadOnlyList<PauseView> Pauses { get; init; }

    public required IReadOnlyList<TaskView> Tasks { get; init; }

    public DateTimeOffset? RespondedAt { get; init; }

    public string? Outcome { get; init; }

    public string? RefusalReason { get; init; }

    public IReadOnlyList<TimelineView>? Timeline { get; init; }
}

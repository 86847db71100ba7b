namespace ComplianceHub.DataSubjectRequests.Contracts;

/// <summary>A reminder to the DPO: the request is still unanswered and its deadline is near (Art. 12(3)). Ids and dates only.</summary>
public sealed record DataSubjectRequestDeadlineApproaching
{
    public required Guid RequestId { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string RequestType { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    /// <summary>1 for the first reminder (7 days before by default), 2 for the second (2 days before).</summary>
    public required int Reminder { get; init; }

    public required TimeSpan Remaining { get; init; }
}

namespace ComplianceHub.DataSubjectRequests.Contracts;

/// <summary>The Art. 12(3) deadline passed without a response. Ids and dates only.</summary>
public sealed record DataSubjectRequestOverdue
{
    public required Guid RequestId { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string RequestType { get; init; }

    public required DateTimeOffset DueAt { get; init; }
}

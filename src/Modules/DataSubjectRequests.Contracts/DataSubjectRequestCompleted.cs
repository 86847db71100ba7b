namespace ComplianceHub.DataSubjectRequests.Contracts;

/// <summary>The request was answered, refused (Art. 12(5)) or withdrawn.</summary>
public sealed record DataSubjectRequestCompleted
{
    public required Guid RequestId { get; init; }

    public required Guid OrganizationId { get; init; }

    public required DateTimeOffset CompletedAt { get; init; }

    /// <summary>Fulfilled, PartiallyFulfilled, Refused or Withdrawn.</summary>
    public required string Outcome { get; init; }
}

namespace ComplianceHub.DataSubjectRequests.Contracts;

/// <summary>The controller answered the request (Art. 12(3)) or refused it with its reasons (Art. 12(4)).</summary>
public sealed record DataSubjectRequestResponded
{
    public required Guid RequestId { get; init; }

    public required Guid OrganizationId { get; init; }

    public required DateTimeOffset RespondedAt { get; init; }

    /// <summary>Fulfilled, PartiallyFulfilled or Refused.</summary>
    public required string Outcome { get; init; }
}

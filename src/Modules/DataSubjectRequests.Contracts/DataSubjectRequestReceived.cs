namespace ComplianceHub.DataSubjectRequests.Contracts;

/// <summary>
/// A rights request (Art. 15–22) was received; the Art. 12(3) clock runs from <see cref="ReceivedAt"/>. Carries no
/// personal data: who asked is the DataSubjectRequests module's business alone.
/// </summary>
public sealed record DataSubjectRequestReceived
{
    public required Guid RequestId { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary>Access, Rectification, Erasure, Restriction, Portability or Objection.</summary>
    public required string RequestType { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>One month from receipt (Art. 12(3)).</summary>
    public required DateTimeOffset DueAt { get; init; }
}

namespace ComplianceHub.DataSubjectRequests.Contracts;

/// <summary>
/// Sent to a fulfilment system's queue: act on this request for the subject. The one message that carries the subject's
/// identifiers (the system cannot find them otherwise); erased from ComplianceHub's stores with the subject (Art. 17).
/// The system answers with <see cref="DataSubjectRequestTaskCompleted"/>.
/// </summary>
public sealed record FulfilDataSubjectRequest
{
    public required Guid RequestId { get; init; }

    public required Guid TaskId { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string RequestType { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public string? SubjectName { get; init; }

    public string? SubjectEmail { get; init; }

    public string? SubjectIdentifier { get; init; }

    /// <summary>Send it back in <see cref="DataSubjectRequestTaskCompleted.CompletionToken"/>: it proves the answer comes from this system.</summary>
    public string? CompletionToken { get; init; }
}

namespace ComplianceHub.DataSubjectRequests.Contracts;

/// <summary>
/// An erasure request was answered: the subject's data is gone from the module's stores and these messages, which
/// carried it, must go from every other store that may hold a copy (e.g. the dead-letter store). Ids only.
/// </summary>
public sealed record DataSubjectErased
{
    public required Guid RequestId { get; init; }

    public required Guid OrganizationId { get; init; }

    public required IReadOnlyList<Guid> MessageIds { get; init; }

    public required DateTimeOffset ErasedAt { get; init; }
}

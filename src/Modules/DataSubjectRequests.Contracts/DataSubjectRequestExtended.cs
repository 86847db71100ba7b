namespace ComplianceHub.DataSubjectRequests.Contracts;

/// <summary>The deadline was extended by up to two further months (Art. 12(3)); the subject was told why.</summary>
public sealed record DataSubjectRequestExtended
{
    public required Guid RequestId { get; init; }

    public required Guid OrganizationId { get; init; }

    public required DateTimeOffset ExtendedAt { get; init; }

    public required DateTimeOffset DueAt { get; init; }
}

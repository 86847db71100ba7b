namespace ComplianceHub.Security.Ingestion;

/// <summary>One security event as a source reports it.</summary>
public sealed record SecurityEventRequest
{
    /// <summary>Platform callers only: the organisation the event belongs to.</summary>
    public Guid? OrganizationId { get; init; }

    /// <summary><c>AccessControl</c>, <c>EncryptionStatus</c>, <c>BackupVerification</c> or <c>VulnerabilityScan</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The source's own id of the event: with <see cref="Source"/>, what makes a resubmission a duplicate.</summary>
    public string? ExternalId { get; init; }

    public string? Source { get; init; }

    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>ISO 3166-1 alpha-2 where the affected people live, when known.</summary>
    public string? Country { get; init; }

    public SecurityEventDetails? Details { get; init; }
}

namespace ComplianceHub.Security.Domain;

/// <summary>
/// One event a source reported, as stored: unique per (organisation, source, external id). The accessing principal
/// is kept only as a keyed pseudonym (Art. 32(1)(a), Art. 4(5)); nothing else in it identifies a person.
/// </summary>
internal sealed class SecurityEvent
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string Source { get; init; }

    public required string ExternalId { get; init; }

    public required SecurityEventType Type { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public string? Country { get; init; }

    /// <summary>AccessControl: the principal's pseudonym (<see cref="Ingestion.PrincipalPseudonyms"/>).</summary>
    public string? Principal { get; init; }

    public string? Resource { get; init; }

    public AccessOutcome? Outcome { get; init; }

    public int? RecordsRead { get; init; }

    /// <summary>EncryptionStatus and BackupVerification: the system concerned.</summary>
    public string? System { get; init; }

    public EncryptionState? EncryptionStatus { get; init; }

    public string? Algorithm { get; init; }

    public int? KeyAgeDays { get; init; }

    /// <summary>The source says the system holds personal data.</summary>
    public bool? PersonalData { get; init; }

    public bool? RestoreSucceeded { get; init; }

    public DateTimeOffset? TestedAt { get; init; }

    public int? RpoMinutes { get; init; }

    /// <summary>VulnerabilityScan: the finding.</summary>
    public string? IssueId { get; init; }

    public string? Title { get; init; }

    public decimal? CvssScore { get; init; }

    public string? Asset { get; init; }

    /// <summary>When the rules evaluated it (null while waiting).</summary>
    public DateTimeOffset? EvaluatedAt { get; set; }
}

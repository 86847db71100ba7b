namespace ComplianceHub.Security.Ingestion;

/// <summary>
/// The details of an event; which fields apply depends on its type. AccessControl: principal, resource, outcome,
/// recordsRead. EncryptionStatus: system, status, algorithm, keyAgeDays, personalData. BackupVerification: system,
/// restoreSucceeded, testedAt, rpoMinutes. VulnerabilityScan: issueId, title, cvssScore, asset.
/// </summary>
public sealed record SecurityEventDetails
{
    /// <summary>Who accessed (a user or service account): personal data, stored only pseudonymised.</summary>
    public string? Principal { get; init; }

    public string? Resource { get; init; }

    /// <summary><c>Denied</c> or <c>Granted</c>.</summary>
    public string? Outcome { get; init; }

    public int? RecordsRead { get; init; }

    public string? System { get; init; }

    /// <summary><c>Ok</c>, <c>Degraded</c> or <c>Disabled</c>.</summary>
    public string? Status { get; init; }

    public string? Algorithm { get; init; }

    public int? KeyAgeDays { get; init; }

    /// <summary>The system holds personal data (encryption disabled there is a potential breach).</summary>
    public bool? PersonalData { get; init; }

    public bool? RestoreSucceeded { get; init; }

    public DateTimeOffset? TestedAt { get; init; }

    public int? RpoMinutes { get; init; }

    public string? IssueId { get; init; }

    public string? Title { get; init; }

    public decimal? CvssScore { get; init; }

    public string? Asset { get; init; }
}

namespace ComplianceHub.Security.Contracts;

/// <summary>
/// A security rule raised an alert (Art. 32): the Notifications module routes and delivers it like any other alert.
/// Carries no personal data (a pseudonymised principal at most).
/// </summary>
public sealed record SecurityAlertRaised
{
    /// <summary>Unique per alert: a redelivered event raises no second one.</summary>
    public required Guid SecurityAlertId { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary><c>AccessControl</c>, <c>EncryptionStatus</c>, <c>BackupVerification</c> or <c>VulnerabilityScan</c>.</summary>
    public required string Type { get; init; }

    /// <summary><c>Critical</c>, <c>High</c>, <c>Medium</c> or <c>Low</c>.</summary>
    public required string Priority { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public string? Country { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}

namespace ComplianceHub.Security.Domain;

/// <summary>What the rules remember of a system between events: its encryption condition and its backup verifications.</summary>
internal sealed class MonitoredSystem
{
    public required Guid OrganizationId { get; init; }

    public required string System { get; init; }

    /// <summary>The last encryption condition alerted on (or Ok): a repeated report of the same condition raises nothing new.</summary>
    public EncryptionCondition EncryptionCondition { get; set; } = EncryptionCondition.Ok;

    /// <summary>When the first backup verification of the system arrived (null: none yet, so no 30-day check).</summary>
    public DateTimeOffset? FirstVerificationAt { get; set; }

    public DateTimeOffset? LastSuccessfulVerificationAt { get; set; }

    /// <summary>The verification reference the stale check last alerted for: one alert per stale period.</summary>
    public DateTimeOffset? StaleAlertedFor { get; set; }

    public int Revision { get; set; }
}

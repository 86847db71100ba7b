namespace ComplianceHub.Notifications.Contracts;

/// <summary>
/// The emails of a scheduled report were sent (or given up on): how many recipients there were, how many accepted it.
/// Per-recipient evidence stays in the Notifications module; this carries no addresses.
/// </summary>
public sealed record ReportDistributed
{
    public required Guid ReportId { get; init; }

    public required Guid OrganizationId { get; init; }

    public required int RecipientCount { get; init; }

    public required int DeliveredCount { get; init; }

    public required int FailedCount { get; init; }

    /// <summary>When the last attempt finished.</summary>
    public required DateTimeOffset DeliveredAt { get; init; }
}

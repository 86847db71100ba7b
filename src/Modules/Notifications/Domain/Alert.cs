namespace ComplianceHub.Notifications.Domain;

/// <summary>
/// An alert for a DPO or security officer: routed to the regional DPO of its country (else the group DPO), delivered
/// on the channels its priority calls for, escalated until somebody acknowledges it. Title and body are encrypted at
/// rest (they may name people); rows from before that pass through as they are.
/// </summary>
internal sealed class Alert
{
    public Guid Id { get; init; }

    /// <summary>The organisation whose alert this is (null only for alerts raised before organisations existed).</summary>
    public Guid? OrganizationId { get; init; }

    public AlertType Type { get; init; }

    public AlertPriority Priority { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    /// <summary>What raised it, as "module/id" (e.g. "breaches/{breachId}"): unique per type, so a redelivered event raises no second alert.</summary>
    public required string Source { get; init; }

    /// <summary>The caller's own reference, e.g. a ticket id.</summary>
    public string? CorrelationId { get; init; }

    public string? Country { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    public AlertStatus Status { get; set; } = AlertStatus.Open;

    /// <summary>The DPO the alert was routed to first (regional, else group); null when the organisation has no DPO yet.</summary>
    public Guid? RoutedTo { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>A caller id, or <c>dpo:{id}</c> for a signed link.</summary>
    public string? AcknowledgedBy { get; set; }

    /// <summary>Encrypted.</summary>
    public string? AcknowledgeNote { get; set; }

    /// <summary>The pending escalation timer, cancelled when the alert is acknowledged.</summary>
    public Guid? EscalationTokenId { get; set; }

    /// <summary>Changes with each acknowledgement: two concurrent ones cannot both win.</summary>
    public int Revision { get; set; }
}

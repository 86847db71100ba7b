namespace ComplianceHub.Notifications.Domain;

/// <summary>An alert for a DPO or security officer; delivery and escalation come with the Notifications issue.</summary>
internal sealed class Alert
{
    public Guid Id { get; init; }

    /// <summary>The organisation whose alert this is (null only for alerts raised before organisations existed).</summary>
    public Guid? OrganizationId { get; init; }

    public AlertType Type { get; init; }

    public AlertPriority Priority { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    /// <summary>What raised it, as "module/id" (e.g. "breaches/{breachId}"): unique, so a redelivered event raises no second alert.</summary>
    public required string Source { get; init; }

    public string? Country { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    public AlertStatus Status { get; set; } = AlertStatus.Open;
}

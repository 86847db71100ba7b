using ComplianceHub.Notifications.Acknowledge;

namespace ComplianceHub.Notifications.GetAlerts;

/// <summary>One alert with its delivery evidence, its escalation and its acknowledgement.</summary>
public sealed record AlertDetailView
{
    public required Guid Id { get; init; }

    public Guid? OrganizationId { get; init; }

    public required string Type { get; init; }

    public required string Priority { get; init; }

    /// <summary><c>Open</c>, <c>Acknowledged</c> or <c>Resolved</c>.</summary>
    public required string Status { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public required string Source { get; init; }

    public string? CorrelationId { get; init; }

    public string? Country { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }

    /// <summary>The DPO it was routed to first (regional, else group).</summary>
    public Guid? RoutedTo { get; init; }

    public required IReadOnlyList<DeliveryAttemptView> Deliveries { get; init; }

    public required IReadOnlyList<EscalationStepView> Escalation { get; init; }

    public AcknowledgementView? Acknowledgement { get; init; }
}

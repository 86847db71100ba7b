namespace ComplianceHub.Notifications.Contracts;

/// <summary>A webhook endpoint kept failing and was disabled; its organisation should be told (an Operations alert).</summary>
public sealed record WebhookEndpointDisabled
{
    public required Guid SubscriptionId { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary>The endpoint's host name only (the path may carry tokens).</summary>
    public required string Host { get; init; }

    /// <summary>E.g. "failing for 1.00:00:00" or "5 deliveries in a row failed".</summary>
    public required string Reason { get; init; }

    public required DateTimeOffset DisabledAt { get; init; }
}

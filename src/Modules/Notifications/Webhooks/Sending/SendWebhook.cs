namespace ComplianceHub.Notifications.Webhooks;

/// <summary>Make the next attempt of a webhook delivery (the module's own command: the delivery row holds the rest).</summary>
public sealed record SendWebhook
{
    public required Guid DeliveryId { get; init; }
}

namespace ComplianceHub.Notifications.Webhooks;

public sealed record PingAccepted(Guid DeliveryId);

namespace ComplianceHub.Notifications.Webhooks;

internal static class WebhookProjection
{
    public static WebhookView Of(WebhookSubscription s) => new(
        s.Id, s.OrganizationId, s.Url, s.EventTypes, s.Description, s.Enabled, s.DisabledAt, s.DisabledReason, s.ConsecutiveFailures, s.CreatedAt, s.SecretRotatedAt);

    public static WebhookDeliveryView Of(WebhookDelivery d) => new(
        d.Id,
        d.EventType,
        d.AlertId,
        d.DeliveredAt is not null ? "Delivered" : d.FailedAt is not null ? "Failed" : "Pending",
        d.Attempts,
        d.LastStatus,
        d.LastError,
        d.NextAttemptAt,
        d.DeliveredAt,
        d.FailedAt,
        d.CreatedAt,
        d.History);
}

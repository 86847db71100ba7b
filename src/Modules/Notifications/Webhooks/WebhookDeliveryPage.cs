namespace ComplianceHub.Notifications.Webhooks;

public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryView> Items, int Page, int PageSize, int Total);

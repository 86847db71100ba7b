using ComplianceHub.Shared.MessageSecurity;
using MassTransit;

namespace ComplianceHub.Notifications.Webhooks;

internal static class PendingWebhookDelivery
{
    /// <summary>
    /// A delivery due for its first attempt now. The payload names people (alert titles), so it is kept encrypted at
    /// rest (Art. 32), bound to the delivery's id.
    /// </summary>
    public static WebhookDelivery Create(
        PersonalDataProtector protector, Guid subscriptionId, Guid organizationId, string eventType, string payload, DateTimeOffset now, Guid? alertId = null)
    {
        var id = NewId.NextGuid();
        return new WebhookDelivery
        {
            Id = id,
            SubscriptionId = subscriptionId,
            OrganizationId = organizationId,
            AlertId = alertId,
            EventType = eventType,
            Payload = protector.Protect(payload, id, nameof(WebhookDelivery.Payload)),
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }
}

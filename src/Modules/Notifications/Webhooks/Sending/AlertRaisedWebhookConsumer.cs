using ComplianceHub.Notifications.Contracts;
using ComplianceHub.Shared.MessageSecurity;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Notifications.Webhooks;

/// <summary>
/// Fans an alert out to its organisation's enabled webhook subscriptions whose filter takes its type: one delivery
/// each, sent by <see cref="SendWebhookConsumer"/>. The deliveries and their commands commit together (outbox).
/// </summary>
public sealed class AlertRaisedWebhookConsumer(
    NotificationsDbContext db, PersonalDataProtector protector, TimeProvider clock, ILogger<AlertRaisedWebhookConsumer> logger)
    : IConsumer<AlertRaised>
{
    public async Task Consume(ConsumeContext<AlertRaised> context)
    {
        var alert = context.Message;
        if (alert.OrganizationId is not { } organization)
        {
            return; // no organisation, no subscriptions
        }

        var subscriptions = (await db.Set<WebhookSubscription>()
                .Where(s => s.OrganizationId == organization && s.Enabled)
                .ToListAsync(context.CancellationToken))
            .Where(s => s.Wants(alert.Type)).ToList();
        var ids = subscriptions.Select(s => s.Id).ToList();
        var done = await db.Set<WebhookDelivery>()
            .Where(d => d.AlertId == alert.AlertId && ids.Contains(d.SubscriptionId))
            .Select(d => d.SubscriptionId).ToListAsync(context.CancellationToken);
        var now = clock.GetUtcNow();
        foreach (var subscription in subscriptions.Where(s => !done.Contains(s.Id)))
        {
            var delivery = PendingWebhookDelivery.Create(
                protector, subscription.Id, organization, WebhookEventTypes.AlertRaised, WebhookPayloads.AlertRaised(alert, now), now, alert.AlertId);
            db.Set<WebhookDelivery>().Add(delivery);
            await context.Publish(new SendWebhook { DeliveryId = delivery.Id }, context.CancellationToken);
        }

        logger.LogInformation("Alert {AlertId} queued for {Count} webhook subscription(s)", alert.AlertId, subscriptions.Count - done.Count);
    }
}

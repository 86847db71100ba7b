using ComplianceHub.Notifications.Contracts;
using ComplianceHub.Shared.MessageSecurity;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Notifications.Webhooks;

/// <summary>
/// Makes one attempt of a delivery and records it in the delivery log. A failure worth retrying schedules the next
/// attempt as a durable timer in the module's outbox (same transaction as the log entry); a delivery out of retries
/// disables its endpoint, as do <see cref="WebhooksOptions.DisableAfterFailedDeliveries"/> failed deliveries in a row,
/// and <see cref="WebhookEndpointDisabled"/> tells the organisation. Pings get one attempt and never count.
/// Logs carry ids and the host only: never the secret, the payload or the path.
/// </summary>
public sealed class SendWebhookConsumer(
    NotificationsDbContext db,
    PersonalDataProtector protector,
    WebhookSender sender,
    WebhookRetryPlan plan,
    WebhooksOptions options,
    TimeProvider clock,
    ILogger<SendWebhookConsumer> logger) : IConsumer<SendWebhook>
{
    public async Task Consume(ConsumeContext<SendWebhook> context)
    {
        var cancellationToken = context.CancellationToken;
        var delivery = await db.Set<WebhookDelivery>().FindAsync([context.Message.DeliveryId], cancellationToken);
        if (delivery is null || delivery.IsFinished)
        {
            return; // deleted with its subscription, or already settled
        }

        var subscription = await db.Set<WebhookSubscription>().FindAsync([delivery.SubscriptionId], cancellationToken);
        var ping = delivery.EventType == WebhookEventTypes.Ping;
        if (subscription is null || (!subscription.Enabled && !ping))
        {
            delivery.FailedAt = clock.GetUtcNow();
            delivery.NextAttemptAt = null;
            delivery.LastError = "endpoint disabled";
            return;
        }

        var url = new Uri(subscription.Url);
        var secret = protector.Unprotect(subscription.Secret, subscription.Id, nameof(WebhookSubscription.Secret));
        var body = protector.Unprotect(delivery.Payload, delivery.Id, nameof(WebhookDelivery.Payload));
        var at = clock.GetUtcNow();
        delivery.FirstAttemptAt ??= at;
        var (result, duration) = await sender.SendAsync(subscription.Id, url, secret, delivery.Id, body, cancellationToken);
        delivery.Attempts++;
        delivery.History = [.. delivery.History, new WebhookAttempt(delivery.Attempts, at, result.Status, result.Error, duration)];
        delivery.LastStatus = result.Status;
        delivery.LastError = result.Error;
        var now = clock.GetUtcNow();
        logger.LogInformation(
            "Webhook delivery {DeliveryId} to {Host}: attempt {Attempt} {Outcome} {Status}",
            delivery.Id, url.Host, delivery.Attempts, result.Outcome, result.Status);

        if (result.Outcome == WebhookAttemptOutcome.Delivered)
        {
            delivery.DeliveredAt = now;
            delivery.NextAttemptAt = null;
            subscription.ConsecutiveFailures = ping ? subscription.ConsecutiveFailures : 0;
            return;
        }

        if (result.Outcome == WebhookAttemptOutcome.Retry && !ping
            && plan.Next(delivery.Attempts, delivery.FirstAttemptAt.Value, now, Random.Shared.NextDouble()) is { } due)
        {
            delivery.NextAttemptAt = due;
            await context.ScheduleSend(context.ReceiveContext.InputAddress, due.UtcDateTime, new SendWebhook { DeliveryId = delivery.Id }, cancellationToken);
            return;
        }

        delivery.FailedAt = now;
        delivery.NextAttemptAt = null;
        if (ping || !subscription.Enabled)
        {
            return;
        }

        subscription.ConsecutiveFailures++;
        var reason = result.Outcome == WebhookAttemptOutcome.Retry
            ? $"failing for {options.RetryWindow} (delivery {delivery.Id} out of retries)"
            : subscription.ConsecutiveFailures >= options.DisableAfterFailedDeliveries
                ? $"{subscription.ConsecutiveFailures} deliveries in a row failed"
                : null;
        if (reason is not null)
        {
            await DisableAsync(context, subscription, url.Host, reason, now);
        }
    }

    private async Task DisableAsync(ConsumeContext context, WebhookSubscription subscription, string host, string reason, DateTimeOffset now)
    {
        subscription.Enabled = false;
        subscription.DisabledAt = now;
        subscription.DisabledReason = reason;
        await context.Publish(
            new WebhookEndpointDisabled { SubscriptionId = subscription.Id, OrganizationId = subscription.OrganizationId, Host = host, Reason = reason, DisabledAt = now },
            context.CancellationToken);
        logger.LogWarning("Webhook subscription {SubscriptionId} to {Host} disabled: {Reason}", subscription.Id, host, reason);
    }
}

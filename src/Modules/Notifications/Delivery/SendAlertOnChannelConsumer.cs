using ComplianceHub.Notifications.Acknowledge;
using ComplianceHub.Notifications.Channels;
using ComplianceHub.Notifications.Directory.Dpos;
using ComplianceHub.Notifications.RaiseAlert;
using ComplianceHub.Notifications.Transfers;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Failures;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Notifications.Delivery;

/// <summary>
/// Sends an alert to one DPO on one channel and keeps the evidence. A channel that fails (or whose circuit breaker is
/// open) is retried on its own with backoff for <c>DeliveryRetryWindow</c>, then the message fails for good and goes
/// to the dead-letter store; a failure the classifier calls permanent is not retried. For Critical and High alerts the
/// next channel takes over at once (failover). An acknowledged alert stops every pending delivery.
/// </summary>
public sealed class SendAlertOnChannelConsumer(
    NotificationsDbContext db,
    IEnumerable<INotificationChannel> channels,
    DeliveryEvidence evidence,
    ChapterVCheck chapterV,
    AcknowledgeLinks links,
    PersonalDataProtector personalData,
    AlertIntake intake,
    NotificationsOptions options,
    TimeProvider clock,
    ILogger<SendAlertOnChannelConsumer> logger) : IConsumer<SendAlertOnChannel>
{
    /// <summary>The order in which channels take over from one another.</summary>
    private static readonly ChannelKind[] FailoverOrder = [ChannelKind.Email, ChannelKind.Sms, ChannelKind.InApp];

    public async Task Consume(ConsumeContext<SendAlertOnChannel> context)
    {
        var send = context.Message;
        var alert = await db.Alerts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == send.AlertId, context.CancellationToken);
        var dpo = await db.Dpos.AsNoTracking().SingleOrDefaultAsync(d => d.Id == send.DpoId, context.CancellationToken);
        if (alert is null || dpo is null)
        {
            return;
        }

        if (alert.Status != AlertStatus.Open)
        {
            await evidence.RecordAsync(
                new AttemptEvidence(alert.Id, send.Channel, dpo.Id, send.Level, DeliveryOutcome.Skipped)
                {
                    Error = "Acknowledged before this delivery.",
                },
                context.CancellationToken);
            return;
        }

        ChannelRecipient recipient;
        string title, body;
        try
        {
            recipient = DpoContact.Of(dpo, personalData).ToRecipient();
            title = personalData.Unprotect(alert.Title, alert.Id, nameof(Alert.Title));
            body = personalData.Unprotect(alert.Body, alert.Id, nameof(Alert.Body));
        }
        catch (UnreadablePersonalDataException refused)
        {
            await RefuseAsync(context, alert, dpo.Id, refused);
            return;
        }

        // The last registered channel of a kind is the one in use (as with any service registered twice).
        var channel = channels.LastOrDefault(c => c.Kind == send.Channel);
        if (channel is null || !channel.CanReach(recipient))
        {
            await evidence.RecordAsync(
                new AttemptEvidence(alert.Id, send.Channel, dpo.Id, send.Level, DeliveryOutcome.Skipped)
                {
                    Error = channel is null ? "Channel not configured." : "No address for this channel.",
                },
                context.CancellationToken);
            await FailOverAsync(context, alert);
            return;
        }

        // Chapter V: a provider outside the EU/EEA gets the DPO's contact data and the alert's text only on a basis.
        var transfer = await chapterV.DecideAsync(alert.OrganizationId, send.Channel, context.CancellationToken);
        if (!transfer.Allowed)
        {
            logger.LogWarning("{Channel} delivery of alert {AlertId} refused: {Reason}", send.Channel, alert.Id, transfer.Reason);
            await evidence.RecordAsync(
                new AttemptEvidence(alert.Id, send.Channel, dpo.Id, send.Level, DeliveryOutcome.Refused) { Error = transfer.Reason },
                context.CancellationToken);
            await FailOverAsync(context, alert);
            await db.SaveChangesAsync(context.CancellationToken);
            return;
        }

        // In-app alerts reach the whole organisation group (Auditors too): they carry no bearer link; the app
        // acknowledges through the authenticated API. Email and SMS go to the DPO alone.
        var acknowledgeUrl = send.Channel == ChannelKind.InApp ? null : links.UrlFor(alert.Id, dpo.Id);
        var (text, html) = AlertMessages.Compose(alert, title, body, recipient, acknowledgeUrl);
        var message = new ChannelMessage
        {
            AlertId = alert.Id,
            DeliveryId = send.DeliveryId,
            OrganizationId = alert.OrganizationId,
            AlertType = alert.Type.ToString(),
            Priority = alert.Priority.ToString(),
            Title = title,
            Text = text,
            Html = html,
            Deadline = alert.Deadline,
            Recipient = recipient,
            AcknowledgeUrl = acknowledgeUrl,
            IdempotencyKey = ProviderIdempotencyKeys.For(send.DeliveryId, send.Channel.ToString()),
        };

        ChannelResult result;
        try
        {
            result = await channel.SendAsync(message, context.CancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            // A failure no retry can change (the classifier's verdict, as for a refusal the channel returns) is not
            // retried: recorded, and the next channel takes over.
            var permanent = FailureClassifier.Classify(ex) == FailureKind.Permanent;
            logger.LogWarning("{Channel} delivery of alert {AlertId} to DPO {DpoId} failed (attempt {Attempt}, {Kind}): {Error}",
                send.Channel, alert.Id, dpo.Id, send.Attempt, permanent ? "permanent" : "transient", ex.GetType().Name);
            if (!permanent && !RetryWindowLeft(send))
            {
                // The budget is spent: the message fails for good and lands in the dead-letter store, never lost.
                throw;
            }

            await evidence.RecordAsync(
                new AttemptEvidence(alert.Id, send.Channel, dpo.Id, send.Level, DeliveryOutcome.Failed)
                {
                    Address = AddressOf(recipient, send.Channel),
                    Error = $"{ex.GetType().Name} (attempt {send.Attempt}{(permanent ? ", permanent: not retried" : "")})",
                },
                context.CancellationToken);
            if (!permanent)
            {
                await context.SchedulePublish((clock.GetUtcNow() + RetryDelay(send)).UtcDateTime, send with { Attempt = send.Attempt + 1 }, context.CancellationToken);
            }

            if (send.Attempt == 1)
            {
                await FailOverAsync(context, alert);
            }

            await db.SaveChangesAsync(context.CancellationToken);
            return;
        }

        var attempt = await evidence.RecordAsync(
            new AttemptEvidence(alert.Id, send.Channel, dpo.Id, send.Level, result.Delivered ? DeliveryOutcome.Delivered : DeliveryOutcome.Failed)
            {
                Address = AddressOf(recipient, send.Channel),
                ProviderMessageId = result.ProviderMessageId,
                Error = result.Error,
            },
            context.CancellationToken);
        if (result.Delivered && PersonalDataTransfers.Of(transfer, alert.OrganizationId, attempt, clock.GetUtcNow()) is { } transferred)
        {
            // Through the outbox with the consume's own transaction: recorded once the delivery's evidence is.
            await context.Publish(transferred, context.CancellationToken);
            await db.SaveChangesAsync(context.CancellationToken);
        }

        if (!result.Delivered)
        {
            await FailOverAsync(context, alert);
            await db.SaveChangesAsync(context.CancellationToken);
        }
    }

    /// <summary>
    /// Stored contact data or alert text that is not ciphertext under a known key is never sent anywhere (fail closed):
    /// the attempt is recorded as failed, not retried (no retry can change it), the next channel takes over, and the
    /// platform gets an Operations alert naming the record, never the value (Art. 32(1)(d)).
    /// </summary>
    private async Task RefuseAsync(ConsumeContext<SendAlertOnChannel> context, Alert alert, Guid dpoId, UnreadablePersonalDataException refused)
    {
        var send = context.Message;
        logger.LogWarning("{Channel} delivery of alert {AlertId} to DPO {DpoId} refused: stored field {Field} of record {RecordId} is not readable ciphertext",
            send.Channel, alert.Id, dpoId, refused.Field, refused.RecordId);
        await evidence.RecordAsync(
            new AttemptEvidence(alert.Id, send.Channel, dpoId, send.Level, DeliveryOutcome.Failed)
            {
                Error = $"Stored {refused.Field} of record {refused.RecordId} is not ciphertext under a known key: not used, not retried",
            },
            context.CancellationToken);
        await intake.RaiseAsync(
            new NewAlert
            {
                Type = AlertType.Operations,
                Priority = AlertPriority.High,
                Title = "Unencrypted or unreadable personal data refused",
                Body = $"The stored {refused.Field} of record {refused.RecordId} is not ciphertext under a key of the ring, so alert {alert.Id} was not delivered "
                    + "with it. Somebody wrote around the application or a key left the ring too early: check the record and restore it through the API.",
                Source = $"personal-data/{refused.RecordId}/{refused.Field}",
            },
            context,
            context.CancellationToken);
        await FailOverAsync(context, alert);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    private TimeSpan RetryDelay(SendAlertOnChannel send) =>
        TimeSpan.FromTicks(Math.Min(options.DeliveryRetryMaxDelay.Ticks, options.DeliveryRetryBaseDelay.Ticks * (1L << Math.Min(send.Attempt - 1, 20))));

    /// <summary>Whether one more attempt still falls inside <c>DeliveryRetryWindow</c> from the first.</summary>
    private bool RetryWindowLeft(SendAlertOnChannel send) =>
        clock.GetUtcNow() + RetryDelay(send) - send.FirstAttemptAt <= options.DeliveryRetryWindow;

    /// <summary>Critical and High alerts go out on the next channel at once when one fails.</summary>
    private static async Task FailOverAsync(ConsumeContext<SendAlertOnChannel> context, Alert alert)
    {
        var send = context.Message;
        if (alert.Priority is not (AlertPriority.Critical or AlertPriority.High))
        {
            return;
        }

        var next = FailoverOrder.Where(k => !send.Planned.Contains(k)).Cast<ChannelKind?>().FirstOrDefault();
        if (next is { } channel)
        {
            await context.Publish(
                send with { Channel = channel, DeliveryId = NewId.NextGuid(), Attempt = 1, Planned = [.. send.Planned, channel] },
                context.CancellationToken);
        }
    }

    private static string? AddressOf(ChannelRecipient recipient, ChannelKind channel) =>
        channel switch
        {
            ChannelKind.Email => recipient.Email,
            ChannelKind.Sms => recipient.Phone,
            ChannelKind.InApp => recipient.UserId,
            _ => null,
        };
}

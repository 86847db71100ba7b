using ComplianceHub.Notifications.Acknowledge;
using ComplianceHub.Notifications.Channels;
using ComplianceHub.Notifications.Directory.Dpos;
using ComplianceHub.Notifications.Transfers;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging;
using MassTransit;

namespace ComplianceHub.Notifications.Delivery;

/// <summary>
/// Low alerts are not sent one by one: at the start of the DPO's next working window, every Low alert still open and
/// not yet in a digest goes out in one email. Several digest timers may come due for one window; the first sends
/// everything pending and the others find nothing left.
/// </summary>
public sealed class SendDigestConsumer(
    NotificationsDbContext db,
    IEnumerable<INotificationChannel> channels,
    DeliveryEvidence evidence,
    ChapterVCheck chapterV,
    AcknowledgeLinks links,
    PersonalDataProtector personalData,
    NotificationsOptions options,
    TimeProvider clock) : IConsumer<SendDigest>
{
    public async Task Consume(ConsumeContext<SendDigest> context)
    {
        var dpo = await db.Dpos.AsNoTracking().SingleOrDefaultAsync(d => d.Id == context.Message.DpoId, context.CancellationToken);
        if (dpo is null)
        {
            return;
        }

        var waiting = await (
            from attempt in db.DeliveryAttempts
            join alert in db.Alerts on attempt.AlertId equals alert.Id
            where attempt.RecipientId == dpo.Id && attempt.Outcome == DeliveryOutcome.Deferred && alert.Priority == AlertPriority.Low
                && alert.Status == AlertStatus.Open
                && !db.DeliveryAttempts.Any(d => d.AlertId == alert.Id && d.RecipientId == dpo.Id && d.Outcome == DeliveryOutcome.Delivered)
            select alert).Distinct().ToListAsync(context.CancellationToken);
        if (waiting.Count == 0)
        {
            return;
        }

        var email = channels.LastOrDefault(c => c.Kind == ChannelKind.Email);
        if (Open(dpo, waiting) is not { } opened)
        {
            // Contact data or a title that is not ciphertext under a known key: never sent (fail closed), recorded.
            foreach (var alert in waiting)
            {
                await evidence.RecordAsync(
                    new AttemptEvidence(alert.Id, ChannelKind.Email, dpo.Id, 0, DeliveryOutcome.Failed)
                    {
                        Error = "Digest: stored personal data is not ciphertext under a known key: not used, not retried",
                    },
                    context.CancellationToken);
            }

            return;
        }

        var (recipient, titles) = opened;
        if (email is null || !email.CanReach(recipient))
        {
            return;
        }

        // Chapter V, as for single alerts: no basis, no digest to a third-country relay (the alerts stay deferred).
        var transfer = await chapterV.DecideAsync(dpo.OrganizationId, ChannelKind.Email, context.CancellationToken);
        if (!transfer.Allowed)
        {
            foreach (var alert in waiting)
            {
                await evidence.RecordAsync(
                    new AttemptEvidence(alert.Id, ChannelKind.Email, dpo.Id, 0, DeliveryOutcome.Refused) { Error = transfer.Reason },
                    context.CancellationToken);
            }

            return;
        }

        List<DigestItem> items = [.. waiting.OrderBy(a => a.RaisedAt).Select(a => new DigestItem(
            a.Id, titles[a.Id], a.Type.ToString(), a.RaisedAt, links.UrlFor(a.Id, dpo.Id)))];
        var (title, text, html) = DigestMessages.Compose(recipient, items);
        var deliveryId = context.MessageId ?? NewId.NextGuid();
        ChannelResult result;
        try
        {
            result = await email.SendAsync(
                new ChannelMessage
                {
                    AlertId = items[0].AlertId,
                    DeliveryId = deliveryId,
                    OrganizationId = dpo.OrganizationId,
                    AlertType = "Digest",
                    Priority = nameof(AlertPriority.Low),
                    Title = title,
                    Text = text,
                    Html = html,
                    Recipient = recipient,
                    IdempotencyKey = ProviderIdempotencyKeys.For(deliveryId, "digest"),
                },
                context.CancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            foreach (var item in items)
            {
                await evidence.RecordAsync(
                    new AttemptEvidence(item.AlertId, ChannelKind.Email, dpo.Id, 0, DeliveryOutcome.Failed)
                    {
                        Address = recipient.Email,
                        Error = $"Digest: {ex.GetType().Name} (attempt {context.Message.Attempt})",
                    },
                    context.CancellationToken);
            }

            var retryAt = clock.GetUtcNow() + options.DeliveryRetryBaseDelay * Math.Min(context.Message.Attempt, 60);
            await context.SchedulePublish(retryAt.UtcDateTime, context.Message with { Attempt = context.Message.Attempt + 1 }, context.CancellationToken);
            await db.SaveChangesAsync(context.CancellationToken);
            return;
        }

        List<Guid> attempts = [];
        foreach (var item in items)
        {
            attempts.Add(await evidence.RecordAsync(
                new AttemptEvidence(item.AlertId, ChannelKind.Email, dpo.Id, 0, result.Delivered ? DeliveryOutcome.Delivered : DeliveryOutcome.Failed)
                {
                    Address = recipient.Email,
                    ProviderMessageId = result.ProviderMessageId,
                    Error = result.Delivered ? "In the daily digest." : result.Error,
                },
                context.CancellationToken));
        }

        // One email, one transfer: recorded under the first alert's attempt.
        if (result.Delivered && PersonalDataTransfers.Of(transfer, dpo.OrganizationId, attempts[0], clock.GetUtcNow()) is { } transferred)
        {
            await context.Publish(transferred, context.CancellationToken);
            await db.SaveChangesAsync(context.CancellationToken);
        }
    }

    /// <summary>The recipient and the alerts' titles in clear; null when any of them is refused (the protector logs which).</summary>
    private (ChannelRecipient Recipient, Dictionary<Guid, string> Titles)? Open(ComplianceHub.Notifications.Directory.Dpo dpo, List<Alert> alerts)
    {
        try
        {
            return (DpoContact.Of(dpo, personalData).ToRecipient(),
                alerts.ToDictionary(a => a.Id, a => personalData.Unprotect(a.Title, a.Id, nameof(Alert.Title))));
        }
        catch (UnreadablePersonalDataException)
        {
            return null;
        }
    }
}

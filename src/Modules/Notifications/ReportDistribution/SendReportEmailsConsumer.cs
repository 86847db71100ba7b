using ComplianceHub.Notifications.Channels;
using ComplianceHub.Notifications.Channels.Email;
using ComplianceHub.Notifications.Contracts;
using ComplianceHub.Notifications.Delivery;
using ComplianceHub.Notifications.Transfers;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Notifications.ReportDistribution;

/// <summary>
/// Emails a report to each pending recipient through the email channel (mail directory or SMTP relay behind the
/// <c>smtp</c> breaker) and keeps the evidence. Transient failures are retried with backoff for
/// <c>DeliveryRetryWindow</c>, like alert deliveries; then <see cref="ReportDistributed"/> tells Reporting how it ended.
/// A report names people (DPOs, processors' contacts, request dates): an email provider in a third country gets it only
/// with a Chapter V basis, as alerts do (ADR 0017), and each delivered email is recorded as a transfer.
/// </summary>
public sealed class SendReportEmailsConsumer(
    NotificationsDbContext db,
    IEnumerable<INotificationChannel> channels,
    ReportDeliveryEvidence evidence,
    ChapterVCheck chapterV,
    NotificationsOptions options,
    TimeProvider clock,
    ILogger<SendReportEmailsConsumer> logger) : IConsumer<SendReportEmails>
{
    public async Task Consume(ConsumeContext<SendReportEmails> context)
    {
        var send = context.Message;
        var email = channels.OfType<EmailChannel>().LastOrDefault();
        var retry = new List<int>();
        var transfer = email is null ? ChapterVDecision.NoTransfer : await chapterV.DecideAsync(send.OrganizationId, ChannelKind.Email, context.CancellationToken);
        foreach (var index in send.Pending.Where(i => i >= 0 && i < send.Recipients.Count).Distinct())
        {
            if (email is null)
            {
                await evidence.RecordAsync(send, index, DeliveryOutcome.Skipped, null, "Email channel not configured.", context.CancellationToken);
                continue;
            }

            if (!transfer.Allowed)
            {
                await evidence.RecordAsync(send, index, DeliveryOutcome.Refused, null, transfer.Reason, context.CancellationToken);
                continue;
            }

            var report = new ReportEmail(send.ReportId, ReportDeliveryIds.For(send.ReportId, index), index, send.Recipients[index], send.Subject,
                send.HtmlSummary, send.AttachmentFileName, send.Attachment, send.Sha256);
            ChannelResult result;
            try
            {
                result = await email.SendReportAsync(report, context.CancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Email of report {ReportId} to recipient #{Recipient} failed (attempt {Attempt}): {Error}",
                    send.ReportId, index, send.Attempt, ex.GetType().Name);
                await evidence.RecordAsync(send, index, DeliveryOutcome.Failed, null, $"{ex.GetType().Name} (attempt {send.Attempt})", context.CancellationToken);
                retry.Add(index);
                continue;
            }

            var attempt = await evidence.RecordAsync(send, index, result.Delivered ? DeliveryOutcome.Delivered : DeliveryOutcome.Failed,
                result.ProviderMessageId, result.Error, context.CancellationToken);
            if (result.Delivered && PersonalDataTransfers.Of(transfer, send.OrganizationId, attempt, clock.GetUtcNow()) is { } transferred)
            {
                await context.Publish(transferred, context.CancellationToken);
            }
        }

        if (retry.Count > 0 && RetryWindowLeft(send))
        {
            await context.SchedulePublish((clock.GetUtcNow() + RetryDelay(send)).UtcDateTime,
                send with { Pending = retry, Attempt = send.Attempt + 1 }, context.CancellationToken);
            await db.SaveChangesAsync(context.CancellationToken);
            return;
        }

        var delivered = await db.ReportDeliveryAttempts.AsNoTracking()
            .Where(a => a.ReportId == send.ReportId && a.Outcome == DeliveryOutcome.Delivered)
            .Select(a => a.RecipientIndex).Distinct().CountAsync(context.CancellationToken);
        await context.Publish(
            new ReportDistributed
            {
                ReportId = send.ReportId,
                OrganizationId = send.OrganizationId,
                RecipientCount = send.Recipients.Count,
                DeliveredCount = delivered,
                FailedCount = send.Recipients.Count - delivered,
                DeliveredAt = clock.GetUtcNow(),
            },
            context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    private TimeSpan RetryDelay(SendReportEmails send) =>
        TimeSpan.FromTicks(Math.Min(options.DeliveryRetryMaxDelay.Ticks, options.DeliveryRetryBaseDelay.Ticks * (1L << Math.Min(send.Attempt - 1, 20))));

    private bool RetryWindowLeft(SendReportEmails send) =>
        clock.GetUtcNow() + RetryDelay(send) - send.FirstAttemptAt <= options.DeliveryRetryWindow;
}

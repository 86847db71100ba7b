using System.Globalization;
using ComplianceHub.Notifications.Contracts;
using ComplianceHub.Notifications.RaiseAlert;
using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.DeadLetters;
using ComplianceHub.Shared.MessageSecurity;
using MassTransit;

namespace ComplianceHub.Notifications.PlatformAlerts;

/// <summary>
/// The messaging backbone's own events become Operations alerts of the platform (no organisation): the dead-letter
/// store filling up, and a message quarantined for a failed signature or residency check (an Art. 32 security event).
/// Platform callers see them in <c>GET /api/v1/alerts</c>. A webhook endpoint disabled after failing for good is an
/// Operations alert for its organisation.
/// </summary>
public sealed class OperationsAlertsConsumer(AlertIntake intake) :
    IConsumer<DeadLetterThresholdReached>,
    IConsumer<MessageQuarantined>,
    IConsumer<WebhookEndpointDisabled>,
    IConsumer<AuditChainTampered>,
    IConsumer<AuditJournalStalled>
{
    public Task Consume(ConsumeContext<AuditChainTampered> context)
    {
        var tampered = context.Message;
        return intake.RaiseForAsync(context, new NewAlert
        {
            Type = AlertType.Operations,
            Priority = AlertPriority.Critical,
            Title = "Audit trail stopped: its chain was tampered with",
            Body = string.Create(CultureInfo.InvariantCulture,
                $"The audit chain's head (entry {tampered.HeadSequence}) failed its check: {tampered.Problem}. Nothing is appended until a platform Admin has verified the trail (GET /api/v1/audit/verify, POST /api/v1/audit/verify with the last checkpoint) and resealed it (POST /api/v1/audit/head/reseal)."),
            Source = string.Create(CultureInfo.InvariantCulture, $"audit/tampered/{tampered.DetectedAt.ToUnixTimeSeconds()}"),
        });
    }

    public Task Consume(ConsumeContext<AuditJournalStalled> context)
    {
        var stalled = context.Message;
        return intake.RaiseForAsync(context, new NewAlert
        {
            Type = AlertType.Operations,
            Priority = AlertPriority.High,
            Title = "Message events are not reaching the audit trail",
            Body = string.Create(CultureInfo.InvariantCulture,
                $"{stalled.Pending} message events wait to be appended to the audit trail ({stalled.Error} since {stalled.FailingSince:O}). They are kept and retried; the bus slows down once the queue is full."),
            Source = string.Create(CultureInfo.InvariantCulture, $"audit/journal-stalled/{stalled.FailingSince.ToUnixTimeSeconds()}"),
        });
    }

    public Task Consume(ConsumeContext<DeadLetterThresholdReached> context)
    {
        var reached = context.Message;
        return intake.RaiseForAsync(context, new NewAlert
        {
            Type = AlertType.Operations,
            Priority = AlertPriority.High,
            Title = "Dead-letter store above its threshold",
            Body = string.Create(CultureInfo.InvariantCulture,
                $"{reached.TotalEvents} messages failed for good and wait in the dead-letter store (threshold {reached.Threshold}). Triage them at /api/v1/dead-letters."),
            Source = string.Create(CultureInfo.InvariantCulture, $"dead-letters/threshold/{reached.RaisedAt.ToUnixTimeSeconds()}"),
        });
    }

    public Task Consume(ConsumeContext<MessageQuarantined> context)
    {
        var quarantined = context.Message;
        return intake.RaiseForAsync(context, new NewAlert
        {
            Type = AlertType.Operations,
            Priority = AlertPriority.High,
            Title = quarantined.Check == "Residency" ? "Message refused outside the EEA" : "Message with a bad signature quarantined",
            Body = $"A message on queue {quarantined.Queue} failed the {quarantined.Check} check and was quarantined unread (dead letter {quarantined.DeadLetterId}).",
            Source = $"quarantine/{quarantined.DeadLetterId}",
        });
    }

    public Task Consume(ConsumeContext<WebhookEndpointDisabled> context)
    {
        var disabled = context.Message;
        return intake.RaiseForAsync(context, new NewAlert
        {
            OrganizationId = disabled.OrganizationId,
            Type = AlertType.Operations,
            Priority = AlertPriority.High,
            Title = "Webhook endpoint disabled",
            Body = $"The webhook subscription {disabled.SubscriptionId} to {disabled.Host} kept failing and was disabled ({disabled.Reason}). Fix the receiver and re-enable it with PUT /api/v1/webhooks/{disabled.SubscriptionId}.",
            Source = $"webhooks/{disabled.SubscriptionId}/disabled/{disabled.DisabledAt.ToUnixTimeSeconds()}",
        });
    }
}

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
    public Task Consume(ConsumeContext<AuditChainTampered> context) => intake.RaiseForAsync(context, Alert(context.Message));

    public Task Consume(ConsumeContext<AuditJournalStalled> context) => intake.RaiseForAsync(context, Alert(context.Message));

    public Task Consume(ConsumeContext<DeadLetterThresholdReached> context) => intake.RaiseForAsync(context, Alert(context.Message));

    public Task Consume(ConsumeContext<MessageQuarantined> context) => intake.RaiseForAsync(context, Alert(context.Message));

    public Task Consume(ConsumeContext<WebhookEndpointDisabled> context) => intake.RaiseForAsync(context, Alert(context.Message));

    private static NewAlert Alert(AuditChainTampered tampered) => NewAlert.ForEvent(AlertType.Operations, AlertPriority.Critical, null,
        "Audit trail stopped: its chain was tampered with",
        $"The audit chain's head (entry {tampered.HeadSequence}) failed its check: {tampered.Problem}. Nothing is appended until a platform Admin has verified the trail (GET /api/v1/audit/verify, POST /api/v1/audit/verify with the last checkpoint) and resealed it (POST /api/v1/audit/head/reseal).",
        string.Create(CultureInfo.InvariantCulture, $"audit/tampered/{tampered.DetectedAt.ToUnixTimeSeconds()}"));

    private static NewAlert Alert(MessageQuarantined quarantined) => NewAlert.ForEvent(AlertType.Operations, AlertPriority.High, null,
        quarantined.Check == "Residency" ? "Message refused outside the EEA" : "Message with a bad signature quarantined",
        $"A message on queue {quarantined.Queue} failed the {quarantined.Check} check and was quarantined unread (dead letter {quarantined.DeadLetterId}).",
        $"quarantine/{quarantined.DeadLetterId}");

    private static NewAlert Alert(AuditJournalStalled stalled) => NewAlert.ForEvent(AlertType.Operations, AlertPriority.High, null,
        "Message events are not reaching the audit trail",
        $"{stalled.Pending} message events wait to be appended to the audit trail ({stalled.Error} since {stalled.FailingSince:O}). They are kept and retried; the bus slows down once the queue is full.",
        string.Create(CultureInfo.InvariantCulture, $"audit/journal-stalled/{stalled.FailingSince.ToUnixTimeSeconds()}"));

    private static NewAlert Alert(DeadLetterThresholdReached reached) => NewAlert.ForEvent(AlertType.Operations, AlertPriority.High, null,
        "Dead-letter store above its threshold",
        $"{reached.TotalEvents} messages failed for good and wait in the dead-letter store (threshold {reached.Threshold}). Triage them at /api/v1/dead-letters.",
        string.Create(CultureInfo.InvariantCulture, $"dead-letters/threshold/{reached.RaisedAt.ToUnixTimeSeconds()}"));

    private static NewAlert Alert(WebhookEndpointDisabled disabled) => NewAlert.ForEvent(AlertType.Operations, AlertPriority.High, disabled.OrganizationId,
        "Webhook endpoint disabled",
        $"The webhook subscription {disabled.SubscriptionId} to {disabled.Host} kept failing and was disabled ({disabled.Reason}). Fix the receiver and re-enable it with PUT /api/v1/webhooks/{disabled.SubscriptionId}.",
        $"webhooks/{disabled.SubscriptionId}/disabled/{disabled.DisabledAt.ToUnixTimeSeconds()}");
}

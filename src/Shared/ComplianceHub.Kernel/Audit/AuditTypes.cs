namespace ComplianceHub.Shared.Audit;

/// <summary>The kinds of audit entries.</summary>
public static class AuditTypes
{
    public const string DeadLettered = "dead-letter.stored";
    public const string DeadLetterPayloadViewed = "dead-letter.payload-viewed";
    public const string DeadLetterReplayed = "dead-letter.replayed";
    public const string DeadLetterReplaySucceeded = "dead-letter.replay-succeeded";
    public const string DeadLetterDeleted = "dead-letter.deleted";
    public const string DeadLettersArchived = "dead-letter.archived";
    public const string DeadLettersPurged = "dead-letter.purged";
    public const string CircuitBreakerTransition = "circuit-breaker.transition";
    public const string ApiCall = "api.call";
    public const string MessagingPurged = "messaging.purged";
    public const string OrganizationCreated = "organization.created";
    public const string ApiKeyCreated = "api-key.created";
    public const string ApiKeyRevoked = "api-key.revoked";
    public const string NotificationDeliveryAttempt = "notification.delivery-attempt";
    public const string AlertAcknowledged = "alert.acknowledged";
    public const string ReportScheduleChanged = "report-schedule.changed";
    public const string ReportDeliveryAttempt = "notification.report-delivery-attempt";
    public const string NotificationsPurged = "notifications.purged";
    public const string AuditPurged = "audit.purged";
    public const string AuditHeadResealed = "audit.head-resealed";
    public const string MessageSent = "message.sent";
    public const string MessageConsumed = "message.consumed";
    public const string MessageFailed = "message.failed";
    public const string RegisterChanged = "register.changed";
    public const string ReportsPurged = "reports.purged";
}

namespace ComplianceHub.Notifications.Webhooks;

internal enum WebhookAttemptOutcome
{
    Delivered = 1,
    Retry = 2,
    Refused = 3,
}

namespace ComplianceHub.Notifications.Webhooks;

/// <summary>What one HTTP attempt came to: delivered, worth retrying, or refused for good.</summary>
internal sealed record WebhookAttemptResult(WebhookAttemptOutcome Outcome, int? Status, string? Error);

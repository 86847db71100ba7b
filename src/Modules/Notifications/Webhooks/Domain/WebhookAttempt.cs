namespace ComplianceHub.Notifications.Webhooks;

/// <summary>One HTTP attempt of a delivery: when, the receiver's status (none when it never answered), and why it failed.</summary>
public sealed record WebhookAttempt(int Number, DateTimeOffset At, int? Status, string? Error, long DurationMs);

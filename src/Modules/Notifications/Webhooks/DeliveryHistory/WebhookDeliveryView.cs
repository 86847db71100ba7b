namespace ComplianceHub.Notifications.Webhooks;

/// <summary>A delivery in the log: its attempts and outcome, never its payload.</summary>
public sealed record WebhookDeliveryView(
    Guid Id,
    string EventType,
    Guid? AlertId,
    string Status,
    int Attempts,
    int? LastStatus,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? FailedAt,
    DateTimeOffset CreatedAt,
    IReadOnlyList<WebhookAttempt> History);

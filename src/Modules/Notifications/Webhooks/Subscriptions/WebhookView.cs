namespace ComplianceHub.Notifications.Webhooks;

/// <summary>A subscription as the API shows it: never its secret.</summary>
public sealed record WebhookView(
    Guid Id,
    Guid OrganizationId,
    string Url,
    IReadOnlyList<string> EventTypes,
    string? Description,
    bool Enabled,
    DateTimeOffset? DisabledAt,
    string? DisabledReason,
    int ConsecutiveFailures,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SecretRotatedAt);

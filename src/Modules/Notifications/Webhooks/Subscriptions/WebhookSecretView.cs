namespace ComplianceHub.Notifications.Webhooks;

/// <summary>The answer to creating a subscription or rotating its secret: the only time the secret is shown.</summary>
public sealed record WebhookSecretView(Guid Id, string Secret);

namespace ComplianceHub.Notifications.GetAlerts;

/// <summary>One delivery attempt: channel, recipient (by id), instant, outcome, the provider's message id.</summary>
public sealed record DeliveryAttemptView(string Channel, Guid RecipientId, DateTimeOffset At, string Outcome, string? ProviderMessageId, string? Error, int Level);

namespace ComplianceHub.Notifications.Tests.Webhooks;

internal sealed record ReceivedWebhook(string? Id, string? Timestamp, string? Signature, string? ContentType, string Body, DateTimeOffset At, int AnsweredWith, string Path = "");

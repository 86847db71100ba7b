namespace ComplianceHub.Notifications.Tests.Sms;

internal sealed record ReceivedSms(string Body, string? ContentType, string Authorization, string IdempotencyKey);

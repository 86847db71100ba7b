namespace ComplianceHub.Notifications.Acknowledge;

/// <summary>Who acknowledged an alert, and when.</summary>
public sealed record AcknowledgementView(DateTimeOffset At, string By, string? Note);

namespace ComplianceHub.Notifications.Channels;

/// <summary>The ways an alert reaches a person or a system.</summary>
public enum ChannelKind
{
    Email = 1,
    Sms = 2,
    InApp = 3,
    Webhook = 4,
}

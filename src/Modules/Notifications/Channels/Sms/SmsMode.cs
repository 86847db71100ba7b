namespace ComplianceHub.Notifications.Channels.Sms;

/// <summary>Where SMS go: a local file (the embedded default, no provider needed) or an HTTP gateway.</summary>
internal enum SmsMode
{
    File = 1,
    Http = 2,
}

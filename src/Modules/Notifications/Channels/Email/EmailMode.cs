namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>Where email goes: <c>File</c> (the embedded default, no mail server needed) or a real SMTP relay.</summary>
internal enum EmailMode
{
    File = 1,
    Smtp = 2,
}

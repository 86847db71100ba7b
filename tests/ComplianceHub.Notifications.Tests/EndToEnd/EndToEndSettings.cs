namespace ComplianceHub.Notifications.Tests.EndToEnd;

/// <summary>Configuration (<c>Key=Value</c>) that points the real channels at the local peers.</summary>
internal static class EndToEndSettings
{
    /// <summary>The email channel on the SMTP relay; clear text is accepted only because the relay is on loopback.</summary>
    public static string[] Smtp(SmtpTestServer smtp) =>
    [
        "Modules:Notifications:Email:Mode=Smtp",
        $"Modules:Notifications:Email:Host={smtp.Host}",
        string.Create(CultureInfo.InvariantCulture, $"Modules:Notifications:Email:Port={smtp.Port}"),
        "Modules:Notifications:Email:Security=None",
        "Modules:Notifications:Email:From=alerts@compliancehub.example",
        "Modules:Notifications:Email:Timeout=00:00:05",
    ];

    public static string[] SmsGateway(SmsGatewayReceiver gateway) =>
    [
        "Modules:Notifications:Sms:Mode=Http",
        $"Modules:Notifications:Sms:Url={gateway.Url}",
        .. LoopbackReceivers.Allowed,
    ];
}

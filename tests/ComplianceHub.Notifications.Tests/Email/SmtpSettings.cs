namespace ComplianceHub.Notifications.Tests.Email;

/// <summary>Configuration that points the channel at an <see cref="SmtpTestServer"/>.</summary>
internal static class SmtpSettings
{
    public static Dictionary<string, string?> For(SmtpTestServer server, string security = "None") => new()
    {
        ["Mode"] = "Smtp",
        ["Host"] = server.Host,
        ["Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Security"] = security,
        ["From"] = "alerts@compliancehub.example",
        ["Timeout"] = "00:00:05",
    };
}

using System.Globalization;
using System.Net;
using ComplianceHub.Notifications.Channels;

namespace ComplianceHub.Notifications.Delivery;

/// <summary>
/// The text and HTML of an alert as a person receives it, with the link that acknowledges it when there is one (email
/// and SMS; never in-app, where the whole organisation sees the alert).
/// </summary>
internal static class AlertMessages
{
    public static (string Text, string Html) Compose(Alert alert, string title, string body, ChannelRecipient recipient, string? acknowledgeUrl)
    {
        var deadline = alert.Deadline is { } d ? string.Create(CultureInfo.InvariantCulture, $"Deadline: {d.UtcDateTime:yyyy-MM-dd HH:mm} UTC\n") : "";
        var text = $"""
            {alert.Priority} alert ({alert.Type}): {title}

            {body}

            {deadline}{(acknowledgeUrl is null ? "" : $"Acknowledge (stops escalation): {acknowledgeUrl}")}
            """;
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{Encode(title)}</title></head>
            <body>
            <p><strong>{Encode(alert.Priority.ToString())} alert</strong> ({Encode(alert.Type.ToString())}) for {Encode(recipient.Name)}</p>
            <h1>{Encode(title)}</h1>
            <p>{Encode(body).Replace("\n", "<br>", StringComparison.Ordinal)}</p>
            {(alert.Deadline is null ? "" : $"<p>{Encode(deadline.Trim())}</p>")}
            {(acknowledgeUrl is null ? "" : $"<p><a href=\"{Encode(acknowledgeUrl)}\">Acknowledge this alert</a> (stops its escalation).</p>")}
            </body></html>
            """;
        return (text, html);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}

using System.Globalization;
using System.Net;
using System.Text;
using ComplianceHub.Notifications.Channels;

namespace ComplianceHub.Notifications.Delivery;

/// <summary>The daily digest of Low alerts: one line per alert with its own acknowledgement link.</summary>
internal static class DigestMessages
{
    public static (string Title, string Text, string Html) Compose(ChannelRecipient recipient, IReadOnlyList<DigestItem> items)
    {
        var title = items.Count == 1 ? "1 low-priority alert" : string.Create(CultureInfo.InvariantCulture, $"{items.Count} low-priority alerts");
        var text = new StringBuilder($"Daily digest for {recipient.Name}: {title}.\n\n");
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title></head><body><h1>{Encode(title)}</h1><ul>");
        foreach (var item in items)
        {
            var raised = string.Create(CultureInfo.InvariantCulture, $"{item.RaisedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
            text.Append(CultureInfo.InvariantCulture, $"- {item.Title} ({item.Type}, {raised})\n  Acknowledge: {item.AcknowledgeUrl}\n");
            html.Append(CultureInfo.InvariantCulture,
                $"<li>{Encode(item.Title)} ({Encode(item.Type)}, {Encode(raised)}) — <a href=\"{Encode(item.AcknowledgeUrl)}\">acknowledge</a></li>");
        }

        html.Append("</ul></body></html>");
        return (title, text.ToString(), html.ToString());
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}

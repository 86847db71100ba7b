using System.Text;

namespace ComplianceHub.Notifications.Channels.Sms;

/// <summary>The short form an SMS carries: priority, title and the acknowledgement link, within three segments.</summary>
internal static class SmsText
{
    /// <summary>Three concatenated segments; longer messages cost more and some carriers drop them.</summary>
    public const int MaxLength = 480;

    private const string Ellipsis = "…";

    public static string For(ChannelMessage message)
    {
        var prefix = $"[{message.Priority}] ";
        var link = string.IsNullOrWhiteSpace(message.AcknowledgeUrl) ? "" : " " + message.AcknowledgeUrl.Trim();
        var title = OneLine(message.Title);

        // The link is what lets the DPO act: shorten the title, never the link.
        var room = MaxLength - prefix.Length - link.Length;
        if (room < Ellipsis.Length + 1)
        {
            return (prefix + title + link)[..Math.Min(MaxLength, prefix.Length + title.Length + link.Length)];
        }

        if (title.Length > room)
        {
            var cut = room - Ellipsis.Length;
            cut -= char.IsHighSurrogate(title[cut - 1]) ? 1 : 0; // never half an emoji
            title = title[..cut].TrimEnd() + Ellipsis;
        }

        return prefix + title + link;
    }

    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

using System.Text;

namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>A complete small HTML document. Every value is encoded: titles and descriptions come from users.</summary>
internal static class DraftHtml
{
    public static string Render(AuthorityNotificationDraft draft, IReadOnlyList<DraftSection> sections)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>Art. 33 GDPR notification: ").Append(Encode(draft.Content.Nature.Title)).Append("</title>\n")
            .Append("<style>body{font-family:sans-serif;max-width:50em;margin:2em auto}dt{font-weight:bold}dd{margin:0 0 .5em 1em;white-space:pre-wrap}</style>\n")
            .Append("</head>\n<body>\n");
        foreach (var (section, index) in sections.Select((s, i) => (s, i)))
        {
            var heading = index == 0 ? "h1" : "h2";
            html.Append("<section>\n<").Append(heading).Append('>').Append(Encode(section.Heading)).Append("</").Append(heading).Append(">\n<dl>\n");
            foreach (var row in section.Rows)
            {
                html.Append("<dt>").Append(Encode(row.Label)).Append("</dt><dd>").Append(Value(row)).Append("</dd>\n");
            }

            html.Append("</dl>\n</section>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Value(DraftRow row) =>
        IsWebAddress(row.Href)
            ? $"<a href=\"{Encode(row.Href!)}\">{Encode(row.Value)}</a>"
            : Encode(row.Value);

    // The five characters that can end text or a quoted attribute. Everything else stays as written, so names in
    // other scripts (Österreichische, Комисия) and phone numbers (+49) read as they are (HtmlEncoder escapes those too).
    internal static string Encode(string value)
    {
        var encoded = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }

    private static bool IsWebAddress(string? href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

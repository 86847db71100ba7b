using System.Text;

namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>Plain-text rendering, for pasting into an authority's web form or an e-mail.</summary>
internal static class DraftText
{
    public static string Render(IReadOnlyList<DraftSection> sections)
    {
        var text = new StringBuilder();
        foreach (var section in sections)
        {
            text.Append(section.Heading).Append('\n').Append('=', section.Heading.Length).Append('\n');
            foreach (var row in section.Rows)
            {
                text.Append(row.Label).Append(": ").Append(row.Value).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}

namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>One heading of the rendered draft; the text and HTML renderings are two views of the same sections.</summary>
internal sealed record DraftSection(string Heading, IReadOnlyList<DraftRow> Rows);

/// <summary>A labelled value; <paramref name="Href"/> makes it a link in HTML (http(s) only).</summary>
internal sealed record DraftRow(string Label, string Value, string? Href = null);

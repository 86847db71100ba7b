using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ComplianceHub.Reporting.Reports;

/// <summary>The readable HTML of a report: its heading and summary (the email body), then, on the page, its rows. Everything escaped.</summary>
internal static class ReportHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static string Head(Report report) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{E(Title(report))}</title></head><body>";

    public static string Title(Report report) =>
        $"{ReportTitles.Of(report.Type)} {report.PeriodStart:yyyy-MM-dd} – {report.PeriodEnd:yyyy-MM-dd}";

    /// <summary>Heading, period, digest and the summary's sections as tables; <paramref name="note"/> is appended as a paragraph.</summary>
    public static string Summary(Report report, string? note)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(Title(report))}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Period {report.PeriodStart:yyyy-MM-dd} to {report.PeriodEnd:yyyy-MM-dd} (both included), days in {E(report.TimeZone)}. ");
        html.Append(CultureInfo.InvariantCulture, $"{report.RowCount} rows. SHA-256 <code>{E(report.Sha256)}</code>, signed with key <code>{E(report.SigningKeyId)}</code>.</p>");
        if (report.Summary is { } json)
        {
            using var document = JsonDocument.Parse(json);
            foreach (var section in document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
            {
                html.Append(CultureInfo.InvariantCulture, $"<h2>{E(section.Name)}</h2><table><tbody>");
                foreach (var value in section.Value.EnumerateObject())
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(value.Name)}</th><td>{E(value.Value.ToString())}</td></tr>");
                }

                html.Append("</tbody></table>");
            }
        }

        if (note is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(note)}</p>");
        }

        return html.ToString();
    }

    public static void Row(StringBuilder html, IReadOnlyList<string> fields, bool header)
    {
        var cell = header ? "th" : "td";
        html.Append("<tr>");
        foreach (var field in fields)
        {
            html.Append('<').Append(cell).Append('>').Append(E(field)).Append("</").Append(cell).Append('>');
        }

        html.Append("</tr>");
    }

    private static string E(string? text) => Encoder.Encode(text ?? "");
}

using System.Globalization;
using System.Text;

namespace ComplianceHub.Reporting.Reports;

/// <summary>
/// The stored format's fields: UTF-8 CSV (RFC 4180), CRLF line ends, a header row. A field is quoted when it holds a
/// comma, quote or line break; one that starts like a spreadsheet formula gets a leading apostrophe (CSV injection).
/// </summary>
internal static class ReportCsv
{
    public static void AppendLine(StringBuilder line, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            AppendField(line, fields[i]);
        }

        line.Append("\r\n");
    }

    public static string Instant(DateTimeOffset? value, TimeZoneInfo zone) =>
        value is { } instant
            ? TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : "";

    public static string Day(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Bool(bool value) => value ? "true" : "false";

    private static void AppendField(StringBuilder line, string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }

        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

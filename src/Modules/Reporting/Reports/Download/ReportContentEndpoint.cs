using System.Text;
using System.Text.Json;

namespace ComplianceHub.Reporting.Reports.Content;

internal static class ReportContentEndpoint
{
    public static void MapReportContent(this IEndpointRouteBuilder api) =>
        api.MapGet("/reports/{id:guid}/content", HandleAsync)
            .ForReportReaders("GetReportContent", "A completed report's content, streamed: csv (the stored, signed bytes), json or a readable html page.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "application/json", "text/html");

    private static async Task<Results<PushStreamHttpResult, NotFound, ProblemHttpResult, ValidationProblem>> HandleAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, CancellationToken cancellationToken, string format = "csv")
    {
        var errors = new ValidationErrors().When(format is not ("csv" or "json" or "html"), "format", "One of csv, json, html.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var report = await ReportLookup.FindAsync(db, id, user, cancellationToken);
        if (report is null)
        {
            return TypedResults.NotFound();
        }

        if (report.Status != ReportStatus.Completed)
        {
            return ReportLookup.NotCompleted(report);
        }

        return format switch
        {
            "json" => TypedResults.Stream(body => JsonAsync(db, report, body, cancellationToken), "application/json; charset=utf-8"),
            "html" => TypedResults.Stream(body => HtmlAsync(db, report, body, cancellationToken), "text/html; charset=utf-8"),
            _ => TypedResults.Stream(body => CsvAsync(db, report, body, cancellationToken), "text/csv; charset=utf-8", ReportTitles.FileName(report, "csv")),
        };
    }

    internal static async Task CsvAsync(ReportingDbContext db, Report report, Stream body, CancellationToken cancellationToken)
    {
        await foreach (var chunk in ReportLookup.ChunksAsync(db, report.Id).WithCancellation(cancellationToken))
        {
            await body.WriteAsync(chunk, cancellationToken);
        }
    }

    internal static async Task JsonAsync(ReportingDbContext db, Report report, Stream body, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteString("id", report.Id);
        json.WriteString("type", report.Type.ToString());
        json.WriteString("periodStart", report.PeriodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("periodEnd", report.PeriodEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("timeZone", report.TimeZone);
        json.WriteString("sha256", report.Sha256);
        json.WritePropertyName("summary");
        json.WriteRawValue(report.Summary ?? "{}");
        json.WriteStartArray("rows");
        IReadOnlyList<string>? header = null;
        var parser = new CsvRecordParser();
        await foreach (var chunk in ReportLookup.ChunksAsync(db, report.Id).WithCancellation(cancellationToken))
        {
            parser.Feed(chunk, record =>
            {
                if (header is null)
                {
                    header = [.. record];
                    return;
                }

                json.WriteStartObject();
                for (var i = 0; i < record.Count && i < header.Count; i++)
                {
                    json.WriteString(header[i], record[i]);
                }

                json.WriteEndObject();
            });
            await json.FlushAsync(cancellationToken);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static async Task HtmlAsync(ReportingDbContext db, Report report, Stream body, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(ReportHtml.Head(report));
        await writer.WriteAsync(ReportHtml.Summary(report, null));
        await writer.WriteAsync("<h2>rows</h2><table><thead>");
        var parser = new CsvRecordParser();
        var html = new StringBuilder();
        var first = true;
        await foreach (var chunk in ReportLookup.ChunksAsync(db, report.Id).WithCancellation(cancellationToken))
        {
            parser.Feed(chunk, record =>
            {
                ReportHtml.Row(html, record, header: first);
                if (first)
                {
                    html.Append("</thead><tbody>");
                    first = false;
                }
            });
            await writer.WriteAsync(html, cancellationToken);
            html.Clear();
        }

        await writer.WriteAsync("</tbody></table></body></html>");
        await writer.FlushAsync(cancellationToken);
    }
}

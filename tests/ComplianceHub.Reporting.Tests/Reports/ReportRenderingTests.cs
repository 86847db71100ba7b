using ComplianceHub.Reporting.Reports.Content;

namespace ComplianceHub.Reporting.Tests.Reports;

public sealed class ReportRenderingTests : IAsyncLifetime
{
    private static readonly Guid Organization = Guid.NewGuid();
    private ReportingHarness _reporting = null!;
    private Report _report = null!;

    public async Task InitializeAsync()
    {
        _reporting = await ReportingHarness.StartAsync();
        var at = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        await _reporting.SeedAsync(db => db.Processors.AddRange(
            new Processor { Id = Guid.NewGuid(), OrganizationId = Organization, Name = "<script>alert(\"x\")</script>, Ltd", Country = "DE", Status = ProcessorStatus.Active, SubProcessors = ["a\r\nb", "=cmd"], CreatedAt = at, UpdatedAt = at },
            new Processor { Id = Guid.NewGuid(), OrganizationId = Organization, Name = "Ünïcödé GmbH", Country = "AT", Status = ProcessorStatus.Active, SubProcessors = [], CreatedAt = at.AddMinutes(1), UpdatedAt = at }));
        _report = await _reporting.GenerateAsync(Organization, ReportType.ProcessorCompliance, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
    }

    public async Task DisposeAsync() => await _reporting.DisposeAsync();

    private async Task<string> RenderAsync(Func<Data.ReportingDbContext, Report, Stream, CancellationToken, Task> render)
    {
        await using var scope = _reporting.Services.CreateAsyncScope();
        using var body = new MemoryStream();
        await render(scope.ServiceProvider.GetRequiredService<Data.ReportingDbContext>(), _report, body, CancellationToken.None);
        return Encoding.UTF8.GetString(body.ToArray());
    }

    [Fact]
    public async Task When_read_as_csv_the_stored_bytes_come_back_unchanged_with_formulas_defused()
    {
        var csv = await RenderAsync(ReportContentEndpoint.CsvAsync);

        Assert.Equal(await _reporting.ContentAsync(_report.Id), csv);
        Assert.Contains("\"<script>alert(\"\"x\"\")</script>, Ltd\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"a\r\nb; =cmd\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_read_as_json_each_row_is_an_object_keyed_by_the_header()
    {
        using var json = JsonDocument.Parse(await RenderAsync(ReportContentEndpoint.JsonAsync));

        var root = json.RootElement;
        Assert.Equal(_report.Sha256, root.GetProperty("sha256").GetString());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("rows").GetInt32());
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("<script>alert(\"x\")</script>, Ltd", rows[0].GetProperty("name").GetString());
        Assert.Equal("a\r\nb; =cmd", rows[0].GetProperty("subProcessors").GetString());
        Assert.Equal("Ünïcödé GmbH", rows[1].GetProperty("name").GetString());
        Assert.Equal("MissingDpa AuditOverdue", rows[1].GetProperty("flags").GetString());
    }

    [Fact]
    public async Task When_read_as_html_the_summary_and_rows_are_shown_escaped()
    {
        var html = await RenderAsync(ReportContentEndpoint.HtmlAsync);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<th>processorId</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">MissingDpa</th><td>2</td>", html, StringComparison.Ordinal);
        Assert.EndsWith("</tbody></table></body></html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_record_is_split_across_chunks_anywhere_the_parser_reads_the_same_records()
    {
        var line = new StringBuilder();
        ReportCsv.AppendLine(line, ["h1", "h2", "h3"]);
        ReportCsv.AppendLine(line, ["plain", "with, comma", "quote \" and\r\nbreak"]);
        ReportCsv.AppendLine(line, ["€uro", "", "last"]);
        var bytes = Encoding.UTF8.GetBytes(line.ToString());

        for (var split = 0; split <= bytes.Length; split++)
        {
            var parser = new CsvRecordParser();
            var records = new List<string[]>();
            parser.Feed(bytes[..split], r => records.Add([.. r]));
            parser.Feed(bytes[split..], r => records.Add([.. r]));

            Assert.Equal(3, records.Count);
            Assert.Equal(["plain", "with, comma", "quote \" and\r\nbreak"], records[1]);
            Assert.Equal(["€uro", "", "last"], records[2]);
        }
    }
}

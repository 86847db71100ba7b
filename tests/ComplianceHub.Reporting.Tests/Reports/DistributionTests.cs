using ComplianceHub.Reporting.Contracts;

namespace ComplianceHub.Reporting.Tests.Reports;

public sealed class DistributionTests : IAsyncLifetime
{
    private static readonly DateOnly Start = new(2026, 10, 1);
    private static readonly DateOnly End = new(2026, 10, 31);
    private ReportingHarness _reporting = null!;

    public async Task InitializeAsync() => _reporting = await ReportingHarness.StartAsync(new ReportingOptions { MaxAttachmentBytes = 4_000 });

    public async Task DisposeAsync() => await _reporting.DisposeAsync();

    private async Task<Guid> OrganizationAsync(int requests, bool enabled = true, params string[] recipients)
    {
        var organization = Guid.NewGuid();
        var received = new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);
        await _reporting.SeedAsync(db =>
        {
            db.RequestLog.AddRange(Enumerable.Range(0, requests).Select(n => new RequestLogEntry
            {
                RequestId = Guid.NewGuid(), OrganizationId = organization, RequestType = "Access", ReceivedAt = received.AddHours(n), DueAt = received.AddHours(n).AddDays(30),
            }));
            db.Schedules.Add(new ReportSchedule
            {
                Id = Guid.NewGuid(), OrganizationId = organization, Type = ReportType.DataSubjectRequestLog, Cron = "0 0 8 1 * ?",
                TimeZone = "Europe/Berlin", Enabled = enabled, Recipients = [.. recipients], UpdatedAt = ReportingHarness.Now,
            });
        });
        return organization;
    }

    /// <summary>
    /// The hand-offs published for the report, without waiting for the harness to fall quiet: the consumer publishes
    /// before it returns, and GenerateAsync returns once the consumption is recorded, so every hand-off is here already.
    /// </summary>
    private List<ReportDistributionRequested> Requested(Guid reportId)
    {
        using var now = new CancellationTokenSource();
        now.Cancel();
        return [.. _reporting.Harness.Published.Select<ReportDistributionRequested>(x => x.Context.Message.ReportId == reportId, now.Token).Select(x => x.Context.Message)];
    }

    [Fact]
    public async Task When_a_scheduled_report_completes_its_recipients_get_the_summary_and_the_csv_with_its_digest()
    {
        var organization = await OrganizationAsync(3, true, "dpo@example.eu", "board@example.eu");

        var report = await _reporting.GenerateAsync(organization, ReportType.DataSubjectRequestLog, Start, End, trigger: ReportTrigger.Scheduled);

        var message = Assert.Single(Requested(report.Id));
        Assert.Equal(["dpo@example.eu", "board@example.eu"], message.Recipients);
        Assert.Equal("Data Subject Request Log 2026-10-01 – 2026-10-31", message.Subject);
        Assert.Equal("DataSubjectRequestLog", message.ReportType);
        Assert.Equal((Start, End, organization), (message.PeriodStart, message.PeriodEnd, message.OrganizationId));
        Assert.Equal(report.Sha256, message.Sha256);
        Assert.Equal("DataSubjectRequestLog-2026-10-01-2026-10-31.csv", message.AttachmentFileName);
        Assert.Equal(await _reporting.ContentAsync(report.Id), System.Text.Encoding.UTF8.GetString(message.Attachment!));
        Assert.Contains("<th scope=\"row\">requests</th><td>3</td>", message.HtmlSummary, StringComparison.Ordinal);
        Assert.Contains(report.Sha256!, message.HtmlSummary, StringComparison.Ordinal);
        Assert.DoesNotContain("Access", message.HtmlSummary.Replace("<th scope=\"row\">Access</th>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_csv_exceeds_the_attachment_limit_the_summary_says_where_to_fetch_it()
    {
        var organization = await OrganizationAsync(60, true, "dpo@example.eu");

        var report = await _reporting.GenerateAsync(organization, ReportType.DataSubjectRequestLog, Start, End, trigger: ReportTrigger.Scheduled);

        Assert.True(report.ContentLength > 4_000);
        var message = Assert.Single(Requested(report.Id));
        Assert.Null(message.Attachment);
        Assert.Contains($"GET /api/v1/reports/{report.Id}/content?format=csv", message.HtmlSummary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "dpo@example.eu", ReportTrigger.Scheduled)]
    [InlineData(true, null, ReportTrigger.Scheduled)]
    [InlineData(true, "dpo@example.eu", ReportTrigger.OnDemand)]
    public async Task When_the_schedule_is_off_has_no_recipients_or_the_report_was_on_demand_nothing_is_sent(bool enabled, string? recipient, ReportTrigger trigger)
    {
        var organization = await OrganizationAsync(2, enabled, recipient is null ? [] : [recipient]);

        var report = await _reporting.GenerateAsync(organization, ReportType.DataSubjectRequestLog, Start, End, trigger: trigger);

        Assert.Equal(ReportStatus.Completed, report.Status);
        Assert.Empty(Requested(report.Id));
    }

    [Fact]
    public async Task When_a_scheduled_report_without_a_schedule_row_completes_nothing_is_sent()
    {
        var report = await _reporting.GenerateAsync(Guid.NewGuid(), ReportType.ProcessorCompliance, Start, End, trigger: ReportTrigger.Scheduled);

        Assert.Equal(ReportStatus.Completed, report.Status);
        Assert.Empty(Requested(report.Id));
    }
}

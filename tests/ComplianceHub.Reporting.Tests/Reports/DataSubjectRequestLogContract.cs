namespace ComplianceHub.Reporting.Tests.Reports;

/// <summary>The log's content, on each provider: keyset paging and instants must agree on SQLite and PostgreSQL.</summary>
public abstract class DataSubjectRequestLogContract : IAsyncLifetime
{
    private static readonly Guid Organization = Guid.Parse("00000000-0000-0000-0000-0000000000aa");
    private ReportingHarness _reporting = null!;

    public async Task InitializeAsync() => _reporting = await StartAsync();

    public virtual async Task DisposeAsync() => await _reporting.DisposeAsync();

    private protected abstract Task<ReportingHarness> StartAsync();

    private static Guid Id(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static RequestLogEntry Entry(int n, string type, string received, string due, string? extended = null, string? completed = null, string? outcome = null, Guid? organization = null) => new()
    {
        RequestId = Id(n),
        OrganizationId = organization ?? Organization,
        RequestType = type,
        ReceivedAt = Utc(received),
        DueAt = Utc(due),
        ExtendedAt = extended is null ? null : Utc(extended),
        CompletedAt = completed is null ? null : Utc(completed),
        Outcome = outcome,
    };

    [Fact]
    public async Task When_october_is_reported_in_berlin_the_log_holds_the_requests_open_in_it_as_they_stood_at_its_end()
    {
        await _reporting.SeedAsync(db => db.RequestLog.AddRange(
            Entry(5, "Access", "2026-08-15T10:00:00Z", "2026-11-15T10:00:00Z", extended: "2026-09-10T08:00:00Z", completed: "2026-10-20T08:00:00Z", outcome: "Fulfilled"),
            Entry(6, "Rectification", "2026-09-01T10:00:00Z", "2026-10-01T10:00:00Z"),
            Entry(2, "Access", "2026-09-30T21:00:00Z", "2026-10-30T21:00:00Z", completed: "2026-09-30T21:30:00Z", outcome: "Fulfilled"),
            Entry(1, "Access", "2026-09-30T22:00:00Z", "2026-10-30T22:00:00Z", completed: "2026-10-10T12:00:00Z", outcome: "Fulfilled"),
            Entry(7, "Erasure", "2026-10-02T10:00:00Z", "2026-11-02T10:00:00Z", completed: "2026-11-05T10:00:00Z", outcome: "Fulfilled"),
            Entry(8, "Erasure", "2026-10-05T09:00:00Z", "2026-10-06T09:00:00Z", completed: "2026-10-07T09:00:00Z", outcome: "Refused"),
            Entry(9, "Portability", "2026-10-25T00:30:00Z", "2026-11-25T00:30:00Z"),
            Entry(10, "Objection", "2026-10-25T01:30:00Z", "2026-11-25T01:30:00Z"),
            Entry(3, "Restriction", "2026-10-31T22:59:59Z", "2026-11-30T22:59:59Z"),
            Entry(4, "Access", "2026-10-31T23:00:00Z", "2026-11-30T23:00:00Z"),
            Entry(11, "Access", "2026-10-10T10:00:00Z", "2026-11-10T10:00:00Z", organization: Guid.NewGuid()),
            new RequestLogEntry { RequestId = Id(12), OrganizationId = Organization, CompletedAt = Utc("2026-10-12T10:00:00Z"), Outcome = "Fulfilled" }));

        var report = await _reporting.GenerateAsync(Organization, ReportType.DataSubjectRequestLog, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

        Assert.Equal(ReportStatus.Completed, report.Status);
        Assert.Equal(Utc("2026-09-30T22:00:00Z"), report.From);
        Assert.Equal(Utc("2026-10-31T23:00:00Z"), report.Until);
        var expected = string.Join("\r\n",
            "requestId,requestType,receivedAt,dueAt,extendedAt,completedAt,outcome,status,overdue",
            $"{Id(5)},Access,2026-08-15T12:00:00+02:00,2026-11-15T11:00:00+01:00,2026-09-10T10:00:00+02:00,2026-10-20T10:00:00+02:00,Fulfilled,Completed,false",
            $"{Id(6)},Rectification,2026-09-01T12:00:00+02:00,2026-10-01T12:00:00+02:00,,,,Open,true",
            $"{Id(1)},Access,2026-10-01T00:00:00+02:00,2026-10-30T23:00:00+01:00,,2026-10-10T14:00:00+02:00,Fulfilled,Completed,false",
            $"{Id(7)},Erasure,2026-10-02T12:00:00+02:00,2026-11-02T11:00:00+01:00,,,,Open,false",
            $"{Id(8)},Erasure,2026-10-05T11:00:00+02:00,2026-10-06T11:00:00+02:00,,2026-10-07T11:00:00+02:00,Refused,Completed,true",
            $"{Id(9)},Portability,2026-10-25T02:30:00+02:00,2026-11-25T01:30:00+01:00,,,,Open,false",
            $"{Id(10)},Objection,2026-10-25T02:30:00+01:00,2026-11-25T02:30:00+01:00,,,,Open,false",
            $"{Id(3)},Restriction,2026-10-31T23:59:59+01:00,2026-11-30T23:59:59+01:00,,,,Open,false",
            "");
        Assert.Equal(expected, await _reporting.ContentAsync(report.Id));
        Assert.Equal(8, report.RowCount);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(expected), report.ContentLength);
        Assert.Equal(
            """{"rows":8,"counts":{"completedInPeriod":3,"extended":1,"openAtPeriodEnd":5,"receivedInPeriod":6,"requests":8},"flags":{"Overdue":2},"byType":{"Access":2,"Erasure":2,"Objection":1,"Portability":1,"Rectification":1,"Restriction":1},"byOutcome":{"Fulfilled":2,"Open":5,"Refused":1}}""",
            report.Summary);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(expected))), report.Sha256);
    }

    [Fact]
    public async Task When_a_period_has_no_requests_the_log_is_its_header_with_zero_counts()
    {
        var report = await _reporting.GenerateAsync(Organization, ReportType.DataSubjectRequestLog, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

        Assert.Equal("requestId,requestType,receivedAt,dueAt,extendedAt,completedAt,outcome,status,overdue\r\n", await _reporting.ContentAsync(report.Id));
        Assert.Equal(
            """{"rows":0,"counts":{"completedInPeriod":0,"extended":0,"openAtPeriodEnd":0,"receivedInPeriod":0,"requests":0},"flags":{"Overdue":0}}""",
            report.Summary);
    }

    [Fact]
    public async Task When_the_log_spans_several_pages_and_chunks_every_request_appears_once_in_order()
    {
        var first = Utc("2026-10-01T00:00:00Z");
        await _reporting.SeedAsync(db => db.RequestLog.AddRange(Enumerable.Range(1, 4_500).Select(n => new RequestLogEntry
        {
            RequestId = Guid.NewGuid(),
            OrganizationId = Organization,
            RequestType = "Access",
            // Pairs share an instant: the page boundary must not drop or repeat either.
            ReceivedAt = first.AddMinutes(n / 2),
            DueAt = first.AddMinutes(n / 2).AddDays(30),
        })));

        var report = await _reporting.GenerateAsync(Organization, ReportType.DataSubjectRequestLog, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), "UTC");

        var lines = (await _reporting.ContentAsync(report.Id)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(4_500, lines.Length);
        Assert.Equal(4_500, lines.Select(l => l.Split(',')[0]).Distinct().Count());
        Assert.Equal(lines.Select(l => l.Split(',')[2]).Order(StringComparer.Ordinal), lines.Select(l => l.Split(',')[2]));
        var chunks = await _reporting.QueryAsync(db => Task.FromResult(db.ReportChunks.Count(c => c.ReportId == report.Id)));
        Assert.True(chunks >= 2, $"{chunks} chunk(s) for {report.ContentLength} bytes");
    }
}

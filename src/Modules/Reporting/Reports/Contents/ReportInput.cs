namespace ComplianceHub.Reporting.Reports.Contents;

/// <summary>What a report's content is written from and into.</summary>
internal sealed record ReportInput(ReportingDbContext Db, Report Report, TimeZoneInfo Zone, ReportContentWriter Writer)
{
    /// <summary>Rows read per query. Each page is read to its end before chunks are saved: one connection carries
    /// both, and neither PostgreSQL nor SQLite runs a command while a reader is open on it.</summary>
    public const int PageSize = 5_000;

    public string Instant(DateTimeOffset? value) => ReportCsv.Instant(value, Zone);
}

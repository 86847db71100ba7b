using ComplianceHub.Reporting.Reports;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>The product brief's schedules, read in the organisation's time zone; Quartz cron (seconds first).</summary>
internal static class DefaultSchedules
{
    /// <summary>Weekly, Monday 08:00.</summary>
    public const string Weekly = "0 0 8 ? * MON";

    /// <summary>Monthly, the 1st at 08:00.</summary>
    public const string Monthly = "0 0 8 1 * ?";

    /// <summary>Quarterly, the 1st of January, April, July and October at 08:00.</summary>
    public const string Quarterly = "0 0 8 1 1,4,7,10 ?";

    public static string CronFor(ReportType type) => type switch
    {
        ReportType.ProcessingActivitySummary => Weekly,
        ReportType.CrossBorderTransferAudit => Quarterly,
        _ => Monthly,
    };

    public static ReportSchedule For(Guid organizationId, ReportType type, string timeZone, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = organizationId,
        Type = type,
        Cron = CronFor(type),
        TimeZone = timeZone,
        Enabled = true,
        Recipients = [],
        UpdatedAt = now,
    };
}

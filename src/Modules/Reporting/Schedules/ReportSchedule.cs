using ComplianceHub.Reporting.Reports;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>When an organisation's report of one type is generated, in which time zone, and who receives it.</summary>
internal sealed class ReportSchedule
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public ReportType Type { get; init; }

    public int Revision { get; set; }

    /// <summary>Quartz cron expression (seconds first), read in <see cref="TimeZone"/>.</summary>
    public required string Cron { get; set; }

    /// <summary>IANA time zone.</summary>
    public required string TimeZone { get; set; }

    public bool Enabled { get; set; }

    /// <summary>Email addresses the report is sent to.</summary>
    public required List<string> Recipients { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

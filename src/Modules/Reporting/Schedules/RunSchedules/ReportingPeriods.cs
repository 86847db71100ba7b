using ComplianceHub.Reporting.Reports;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>
/// The period a scheduled report covers: the one that ended before its scheduled fire time, in the schedule's time zone.
/// Computed from the scheduled time (not the clock), so a late or recovered fire reports the same period as an on-time one.
/// </summary>
internal static class ReportingPeriods
{
    public static ReportPeriod EndedBefore(ReportType type, DateTimeOffset scheduledFireTime, TimeZoneInfo timeZone)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(scheduledFireTime, timeZone).DateTime);
        var (start, end) = type switch
        {
            ReportType.ProcessingActivitySummary => PreviousWeek(day),
            ReportType.CrossBorderTransferAudit => PreviousQuarter(day),
            _ => PreviousMonth(day),
        };
        return new ReportPeriod(start, end, timeZone);
    }

    /// <summary>Monday to Sunday (ISO 8601 weeks) before the week of <paramref name="day"/>.</summary>
    private static (DateOnly, DateOnly) PreviousWeek(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return (monday.AddDays(-7), monday.AddDays(-1));
    }

    private static (DateOnly, DateOnly) PreviousMonth(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return (first.AddMonths(-1), first.AddDays(-1));
    }

    /// <summary>The calendar quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) before the one of <paramref name="day"/>.</summary>
    private static (DateOnly, DateOnly) PreviousQuarter(DateOnly day)
    {
        var first = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
        return (first.AddMonths(-3), first.AddDays(-1));
    }
}

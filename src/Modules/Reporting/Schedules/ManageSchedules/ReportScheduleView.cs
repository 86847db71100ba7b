namespace ComplianceHub.Reporting.Schedules;

/// <summary>A schedule as the API shows it, with the next time it fires.</summary>
public sealed record ReportScheduleView(
    Guid OrganizationId, string Type, string Cron, string TimeZone, bool Enabled, IReadOnlyList<string> Recipients,
    DateTimeOffset? NextFireAt, int Revision, DateTimeOffset UpdatedAt)
{
    internal static ReportScheduleView Of(ReportSchedule schedule, DateTimeOffset now) => new(
        schedule.OrganizationId, schedule.Type.ToString(), schedule.Cron, schedule.TimeZone, schedule.Enabled, schedule.Recipients,
        schedule.Enabled ? CronTimes.NextAfter(schedule.Cron, schedule.TimeZone, now) : null, schedule.Revision, schedule.UpdatedAt);
}

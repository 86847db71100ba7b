using ComplianceHub.Reporting.Reports;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>
/// Fired by a schedule's cron trigger: queues the report of the period that just ended, computed from the scheduled
/// fire time in the schedule's time zone. Never two at once for one schedule; a duplicate fire makes no second report.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledReportJob(ReportingDbContext db, ScheduledReports reports, TimeProvider clock, ILogger<ScheduledReportJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        if (!Guid.TryParse(data.GetString(ScheduleKeys.OrganizationKey), out var organizationId)
            || !Enum.TryParse<ReportType>(data.GetString(ScheduleKeys.TypeKey), out var type))
        {
            logger.LogError("Scheduled report job {JobKey} carries no organisation or report type", context.JobDetail.Key);
            return;
        }

        var schedule = await db.Schedules.AsNoTracking()
            .SingleOrDefaultAsync(s => s.OrganizationId == organizationId && s.Type == type, cancellationToken);
        if (schedule is not { Enabled: true })
        {
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        var fired = context.ScheduledFireTimeUtc ?? clock.GetUtcNow();

        // A recovered misfire fires at recovery time: the period is the one of the time that was missed.
        var firedFor = CronTimes.LatestAtOrBefore(schedule.Cron, zone, fired.AddSeconds(1)) ?? fired;
        var period = ReportingPeriods.EndedBefore(type, firedFor, zone);
        var reportId = await reports.QueueAsync(organizationId, type, period, cancellationToken);
        if (reportId is null)
        {
            logger.LogInformation("{Type} report of organisation {OrganizationId} for {Start}..{End} already exists; fire at {FireTime} ignored",
                type, organizationId, period.Start, period.End, firedFor);
        }
        else
        {
            logger.LogInformation("{Type} report {ReportId} of organisation {OrganizationId} queued for {Start}..{End}",
                type, reportId, organizationId, period.Start, period.End);
        }
    }
}

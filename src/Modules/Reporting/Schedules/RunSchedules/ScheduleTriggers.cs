using Quartz;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>Keeps the Quartz job and cron trigger of one schedule as its <c>report_schedules</c> row says.</summary>
internal static class ScheduleTriggers
{
    /// <summary>Creates, replaces or removes the trigger; an unchanged trigger is left alone so its next fire time stays.</summary>
    public static async Task ApplyAsync(IScheduler scheduler, ReportSchedule schedule, CancellationToken cancellationToken)
    {
        var jobKey = ScheduleKeys.Job(schedule.OrganizationId, schedule.Type);
        var triggerKey = ScheduleKeys.Trigger(schedule.OrganizationId, schedule.Type);
        if (!schedule.Enabled)
        {
            await scheduler.DeleteJob(jobKey, cancellationToken);
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        if (await scheduler.GetTrigger(triggerKey, cancellationToken) is ICronTrigger current
            && current.CronExpressionString == schedule.Cron && current.TimeZone.Id == zone.Id)
        {
            return;
        }

        var job = JobBuilder.Create<ScheduledReportJob>()
            .WithIdentity(jobKey)
            .UsingJobData(ScheduleKeys.OrganizationKey, schedule.OrganizationId.ToString())
            .UsingJobData(ScheduleKeys.TypeKey, schedule.Type.ToString())
            // A host that dies while the job runs: another host runs it again (the period's report is made once anyway).
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(jobKey)
            // Missed while every host was down: fire once on start-up, then keep to the cron (never once per missed period).
            .WithCronSchedule(schedule.Cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }
}

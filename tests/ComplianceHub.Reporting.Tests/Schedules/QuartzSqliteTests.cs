namespace ComplianceHub.Reporting.Tests.Schedules;

/// <summary>The embedded SQLite database keeps the schedules' triggers across restarts too (ADR 0015).</summary>
public sealed class QuartzSqliteTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ch-quartz-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Should_keep_a_schedules_trigger_and_fire_a_due_one_after_a_scheduler_restart()
    {
        var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_directory, "hub.db")}" };
        await QuartzNodes.MigrateAsync(database);
        var schedule = new ReportSchedule
        {
            OrganizationId = Guid.NewGuid(), Type = ReportType.CrossBorderTransferAudit, Cron = DefaultSchedules.Quarterly,
            TimeZone = "Pacific/Auckland", Enabled = true, Recipients = [],
        };
        const string name = "after-restart";
        DateTimeOffset? nextBefore;
        var (first, firstServices) = await QuartzNodes.CreateAsync(database, instanceId: null);
        await using (firstServices)
        {
            await ScheduleTriggers.ApplyAsync(first, schedule, CancellationToken.None);
            var due = TriggerBuilder.Create().WithIdentity(name, "tests").StartAt(DateTimeOffset.UtcNow.AddSeconds(3)).Build();
            await first.ScheduleJob(QuartzNodes.Job(name), [due], new ScheduleJobOptions { Replace = true });
            nextBefore = (await first.GetTrigger(ScheduleKeys.Trigger(schedule.OrganizationId, schedule.Type)))!.NextFireTimeUtc;
            await first.Shutdown(waitForJobsToComplete: true);
        }

        Assert.Equal(0, CountingJob.CountFor(name));
        var (second, secondServices) = await QuartzNodes.CreateAsync(database, instanceId: null);
        await using (secondServices)
        {
            await second.Start();
            var kept = await second.GetTrigger(ScheduleKeys.Trigger(schedule.OrganizationId, schedule.Type)) as ICronTrigger;
            await Poll.UntilAsync(() => Task.FromResult(CountingJob.CountFor(name) >= 1), TimeSpan.FromSeconds(30));
            await second.Shutdown(waitForJobsToComplete: true);

            Assert.NotNull(kept);
            Assert.Equal((DefaultSchedules.Quarterly, "Pacific/Auckland"), (kept.CronExpressionString, kept.TimeZone.Id));
            Assert.Equal(nextBefore, kept.NextFireTimeUtc);
            Assert.Equal(1, CountingJob.CountFor(name));
        }
    }
}

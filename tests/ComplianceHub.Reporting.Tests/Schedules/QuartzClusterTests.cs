namespace ComplianceHub.Reporting.Tests.Schedules;

/// <summary>Two hosts' schedulers on one real PostgreSQL, with the tables our migrations create (ADR 0015).</summary>
public sealed class QuartzClusterTests : IAsyncLifetime
{
    private PostgresServer? _server;
    private DatabaseOptions _database = new();

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        _database = new DatabaseOptions
        {
            Provider = DatabaseProvider.PostgreSql,
            ConnectionString = await _server.CreateDatabaseAsync("quartz"),
        };
        await QuartzNodes.MigrateAsync(_database);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task When_a_trigger_is_due_Should_fire_exactly_once_across_two_clustered_schedulers()
    {
        var (a, servicesA) = await QuartzNodes.CreateAsync(_database, "node-a");
        var (b, servicesB) = await QuartzNodes.CreateAsync(_database, "node-b");
        await using var _ = servicesA;
        await using var __ = servicesB;
        await a.Start();
        await b.Start();
        const string name = "due-once";
        var trigger = TriggerBuilder.Create().WithIdentity(name, "tests").StartAt(DateTimeOffset.UtcNow.AddSeconds(2)).Build();

        await a.ScheduleJob(QuartzNodes.Job(name), [trigger], new ScheduleJobOptions { Replace = true });
        await Poll.UntilAsync(() => Task.FromResult(CountingJob.CountFor(name) >= 1), TimeSpan.FromSeconds(30));

        // Both nodes keep polling a little longer: a second execution would show up now.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await a.Shutdown(waitForJobsToComplete: true);
        await b.Shutdown(waitForJobsToComplete: true);
        Assert.Equal(1, CountingJob.CountFor(name));
        Assert.Equal("node-", CountingJob.Executions.Single(e => e.Job == name).Node[..5]);
    }

    [Fact]
    public async Task When_a_trigger_was_due_while_every_scheduler_was_stopped_Should_fire_it_once_on_start()
    {
        var (a, servicesA) = await QuartzNodes.CreateAsync(_database, "node-a");
        var (b, servicesB) = await QuartzNodes.CreateAsync(_database, "node-b");
        await using var _ = servicesA;
        await using var __ = servicesB;
        const string name = "missed-once";

        // A daily cron due two seconds from now, stored while neither scheduler runs.
        var due = DateTimeOffset.UtcNow.AddSeconds(2);
        var trigger = TriggerBuilder.Create().WithIdentity(name, "tests").ForJob(name, "tests")
            .WithCronSchedule($"{due.Second} {due.Minute} {due.Hour} * * ?", c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await a.ScheduleJob(QuartzNodes.Job(name), [trigger], new ScheduleJobOptions { Replace = true });
        await Poll.UntilAsync(() => Task.FromResult(DateTimeOffset.UtcNow > due.AddSeconds(3)), TimeSpan.FromSeconds(30));
        Assert.Equal(0, CountingJob.CountFor(name));

        await a.Start();
        await b.Start();
        await Poll.UntilAsync(() => Task.FromResult(CountingJob.CountFor(name) >= 1), TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var next = (await a.GetTrigger(new TriggerKey(name, "tests")))!.NextFireTimeUtc;
        await a.Shutdown(waitForJobsToComplete: true);
        await b.Shutdown(waitForJobsToComplete: true);

        Assert.Equal(1, CountingJob.CountFor(name));
        Assert.True(next > due.AddHours(23), $"next fire {next} should be tomorrow's");
    }
}

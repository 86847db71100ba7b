using ComplianceHub.Reporting.Schedules.Quartz;

namespace ComplianceHub.Reporting.Tests.Schedules;

/// <summary>Schedulers configured exactly as the host configures them, each in its own container, on one database.</summary>
internal static class QuartzNodes
{
    public static async Task MigrateAsync(DatabaseOptions database)
    {
        var options = new DbContextOptionsBuilder<QuartzTablesDbContext>();
        options.UseModuleDatabase(database, QuartzTablesDbContext.Schema, QuartzTablesDbContext.HistoryTable);
        await using var db = new QuartzTablesDbContext(options.Options);
        await db.Database.MigrateAsync();
    }

    public static async Task<(IScheduler Scheduler, ServiceProvider Services)> CreateAsync(DatabaseOptions database, string? instanceId)
    {
        var options = new ReportSchedulerOptions
        {
            MisfireThreshold = TimeSpan.FromSeconds(1),
            ClusterCheckinInterval = TimeSpan.FromSeconds(1),
            ClusterCheckinMisfireThreshold = TimeSpan.FromSeconds(2),
        };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddQuartz(q =>
        {
            QuartzStore.Configure(q, database, options, instanceId);
            q.AddJobType<CountingJob>();
        });
        var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (scheduler, provider);
    }

    public static IJobDetail Job(string name) => JobBuilder.Create<CountingJob>().WithIdentity(name, "tests").RequestRecovery().Build();
}

using Quartz;

namespace ComplianceHub.Reporting.Schedules.Quartz;

/// <summary>
/// The Quartz scheduler of the report schedules: AdoJobStore on the configured database, clustered on PostgreSQL and
/// SQL Server (instance id generated: several hosts form one cluster), persistent on SQLite; System.Text.Json for job data.
/// </summary>
internal static class QuartzStore
{
    public const string SchedulerName = "ComplianceHub";

    /// <param name="instanceId">A fixed id (tests running two schedulers in one process); null generates one (AUTO).</param>
    public static void Configure(IQuartzBuilder quartz, DatabaseOptions database, ReportSchedulerOptions options, string? instanceId = null)
    {
        var clustered = database.Provider != DatabaseProvider.Sqlite;
        quartz.ConfigureScheduler(s =>
        {
            s.InstanceName = SchedulerName;
            if (instanceId is not null)
            {
                s.InstanceId = instanceId;
            }
            else if (clustered)
            {
                s.GenerateInstanceId = true;
            }
        });
        quartz.UseDefaultThreadPool(options.ThreadCount);
        quartz.AddJobType<ScheduledReportJob>();
        quartz.UsePersistentStore(store =>
        {
            _ = database.Provider switch
            {
                DatabaseProvider.PostgreSql => store.UsePostgres(database.ConnectionString),
                DatabaseProvider.SqlServer => store.UseSqlServer(database.ConnectionString),
                _ => store.UseSqlite(database.ConnectionString),
            };
            store.UseSystemTextJsonSerializer(_ => { });
            store.ConfigureStore(o =>
            {
                o.TablePrefix = QuartzTablesDbContext.TablePrefixFor(database.Provider);
                o.MisfireThreshold = options.MisfireThreshold;

                // Our migrations own the tables (ADR 0015); Quartz only checks that they are there.
                o.SchemaProvisioning = SchemaProvisioning.Validate;
            });
            if (clustered)
            {
                store.UseClustering(c =>
                {
                    c.CheckinInterval = options.ClusterCheckinInterval;
                    c.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
                });
            }
        });
    }
}

using ComplianceHub.Reporting.Reports;
using ComplianceHub.Reporting.Schedules.Quartz;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace ComplianceHub.Reporting.Schedules;

internal static class ReportSchedulesRegistration
{
    /// <summary>
    /// The schedules API and sync, the Quartz tables (migrated like every module), and, unless
    /// <c>Modules:Reporting:Scheduler:Enabled</c> is false, the hosted Quartz scheduler on the configured database.
    /// </summary>
    public static IHostApplicationBuilder AddReportSchedules(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<ReportSchedulerOptions>(ReportSchedulerOptions.Section);
        var database = builder.ModuleCatalog().Database;
        builder.AddTableOnlyDbContext<QuartzTablesDbContext>(QuartzTablesDbContext.Schema, QuartzTablesDbContext.HistoryTable);
        builder.Services.AddScoped<ScheduledReports>();
        builder.Services.AddScoped<ScheduleSync>();
        builder.Services.AddSingleton<ReportSchedulerAccess>();
        if (!options.Enabled)
        {
            return builder;
        }

        builder.Services.AddQuartz(q => QuartzStore.Configure(q, database, options));
        // Started by our service rather than Quartz's hosted service: an unmigrated database must not stop the host.
        builder.Services.AddHostedService<ReportSchedulerService>();
        return builder;
    }
}

using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>Runs <see cref="ScheduleSync.SyncAllAsync"/> at start-up and every <c>SyncInterval</c>.</summary>
internal sealed class ScheduleSyncService(
    IServiceScopeFactory scopes, ReportSchedulerOptions options, TimeProvider clock, ILogger<ScheduleSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduleSync>().SyncAllAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or SchedulerException)
            {
                // The database is down or not migrated yet: the next pass tries again.
                logger.LogWarning("Report schedule sync failed ({Error}); next pass in {Interval}", ex.GetType().Name, options.SyncInterval);
            }

            try
            {
                await Task.Delay(options.SyncInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>
/// Starts this host's Quartz scheduler and runs <see cref="ScheduleSync.SyncAllAsync"/> at start-up and every
/// <c>SyncInterval</c>. A database that is not migrated yet (PostgreSQL and SQL Server are migrated explicitly, ADR 0004)
/// does not stop the host: the scheduler starts on a later pass, once Quartz finds its tables.
/// </summary>
internal sealed class ReportSchedulerService(
    ISchedulerFactory factory, IServiceScopeFactory scopes, ReportSchedulerOptions options, TimeProvider clock,
    ILogger<ReportSchedulerService> logger) : BackgroundService
{
    private static readonly TimeSpan NotReadyRetry = TimeSpan.FromSeconds(30);

    private IScheduler? _started;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_started is { } scheduler)
        {
            // A running job finishes (it only queues a report); a host killed instead is recovered by the cluster.
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_started is null)
                {
                    var scheduler = await factory.GetScheduler(stoppingToken);
                    await scheduler.Start(stoppingToken);
                    _started = scheduler;
                    logger.LogInformation("Report scheduler {Instance} started", scheduler.SchedulerInstanceId);
                }

                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduleSync>().SyncAllAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Not migrated yet, the database is down, or a call timed out (a cancellation that is not the host's
                // stop): the next pass tries again. Letting it escape would stop the whole host.
                logger.LogWarning("Report scheduler not ready ({Error}: {Message}); next try in {Interval}", ex.GetType().Name, ex.Message,
                    _started is null ? NotReadyRetry : options.SyncInterval);
            }

            try
            {
                await Task.Delay(_started is null && NotReadyRetry < options.SyncInterval ? NotReadyRetry : options.SyncInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}

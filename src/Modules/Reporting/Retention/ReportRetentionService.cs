using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Reporting.Retention;

/// <summary>Runs <see cref="ReportRetention"/> every <c>Modules:Reporting:Retention:Interval</c>; every host may (deletes are idempotent).</summary>
internal sealed class ReportRetentionService(
    IServiceScopeFactory scopes, ReportRetentionOptions options, TimeProvider clock, ILogger<ReportRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Interval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<ReportRetention>().PurgeAsync(clock.GetUtcNow(), stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Removed {Reports} reports past retention", removed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Report retention failed; next run in {Interval}", options.Interval);
            }
        }
    }
}

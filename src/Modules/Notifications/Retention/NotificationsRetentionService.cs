using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Notifications.Retention;

/// <summary>Runs <see cref="NotificationsRetention"/> every <c>Modules:Notifications:Retention:Interval</c>; every host may (deletes are idempotent).</summary>
internal sealed class NotificationsRetentionService(
    IServiceScopeFactory scopes, NotificationsRetentionOptions options, TimeProvider clock, ILogger<NotificationsRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Interval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var (alerts, deliveries) = await scope.ServiceProvider.GetRequiredService<NotificationsRetention>().PurgeAsync(clock.GetUtcNow(), stoppingToken);
                if (alerts + deliveries > 0)
                {
                    logger.LogInformation("Removed {Alerts} alerts and {Deliveries} webhook deliveries past retention", alerts, deliveries);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Notifications retention failed; next run in {Interval}", options.Interval);
            }
        }
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Runs <see cref="AuditRetention"/> every <see cref="AuditOptions.RetentionInterval"/> when a retention is set.
/// Every host may run it: the head lock serializes purges, and a second one finds nothing left to delete.
/// </summary>
internal sealed class AuditRetentionService(AuditRetention retention, AuditOptions options, TimeProvider clock, ILogger<AuditRetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Retention is null)
        {
            return; // keep the trail forever
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.RetentionInterval, clock, stoppingToken);
                var deleted = await retention.PurgeAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Audit retention deleted {Count} entries older than {Retention}", deleted, options.Retention);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Audit retention failed; next run in {Interval}", options.RetentionInterval);
            }
        }
    }
}

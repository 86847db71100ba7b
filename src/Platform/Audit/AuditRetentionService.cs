using ComplianceHub.Shared.Hosting;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Runs <see cref="AuditRetention"/> every <see cref="AuditOptions.RetentionInterval"/> when a retention is set.
/// Every host may run it: the head lock serializes purges, and a second one finds nothing left to delete.
/// </summary>
internal sealed class AuditRetentionService(AuditRetention retention, AuditOptions options, TimeProvider clock, ILogger<AuditRetentionService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => options.Retention is null
        ? Task.CompletedTask // keep the trail forever
        : PeriodicPass.RunAsync(
            options.RetentionInterval, clock, PurgeAsync,
            ex => logger.LogWarning(ex, "Audit retention failed; next run in {Interval}", options.RetentionInterval),
            stoppingToken);

    private async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var deleted = await retention.PurgeAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Audit retention deleted {Count} entries older than {Retention}", deleted, options.Retention);
        }
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Audit.Checkpoints;

/// <summary>Publishes a checkpoint at start and then every <see cref="AuditOptions.CheckpointInterval"/>.</summary>
internal sealed class AuditCheckpointService(AuditCheckpointPublisher publisher, AuditOptions options, TimeProvider clock, ILogger<AuditCheckpointService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A short pause first: start-up migrations and the first appends settle.
        await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var checkpoint = await publisher.PublishAsync(stoppingToken);
                logger.LogInformation("Audit checkpoint published at entry {Sequence}", checkpoint.Sequence);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Audit checkpoint not published");
            }

            try
            {
                await Task.Delay(options.CheckpointInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

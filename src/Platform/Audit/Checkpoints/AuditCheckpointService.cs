using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Audit.Checkpoints;

/// <summary>Publishes a checkpoint at start and then every <see cref="AuditOptions.CheckpointInterval"/>.</summary>
internal sealed class AuditCheckpointService(AuditCheckpointPublisher publisher, AuditOptions options, TimeProvider clock, ILogger<AuditCheckpointService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A short pause first: start-up migrations and the first appends settle.
        var pause = TimeSpan.FromSeconds(5);
        while (await PauseAsync(pause, stoppingToken))
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
                // Also when the host is stopping (a closed connection, not a cancellation): a stop must end cleanly.
                logger.LogError(ex, "Audit checkpoint not published");
            }

            pause = options.CheckpointInterval;
        }
    }

    /// <summary>False when the host stops during the pause.</summary>
    private async Task<bool> PauseAsync(TimeSpan pause, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(pause, clock, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

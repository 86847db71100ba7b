using System.Collections.Concurrent;
using ComplianceHub.Shared.Messaging.Outbox;
using RabbitMQ.Client;

namespace ComplianceHub.Shared.Messaging.Metrics;

/// <summary>
/// Measures the depth of every queue this host consumes from, with passive declares on a connection of its own
/// (the management plugin is not needed). Only on RabbitMQ.
/// </summary>
internal sealed class QueueDepthSampler(
    MessagingOptions messaging, OutboxOptions options, MessagingMetrics metrics, TimeProvider clock, ILogger<QueueDepthSampler> logger)
    : BackgroundService, IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, byte> _queues = new();

    public Task Ready(ReceiveEndpointReady ready)
    {
        _queues.TryAdd(ready.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Last(), 0);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    /// <summary>A failed passive declare (an exclusive or vanished queue) closes its channel: one channel per queue keeps the others measured.</summary>
    private async Task SampleAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        try
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            metrics.RecordQueueDepth(queue, declared.MessageCount);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            metrics.ForgetQueue(queue);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (messaging.Transport != MessagingTransport.RabbitMq)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Built inside the try: it reads the CA certificate file, which can be unreadable for a while.
                var factory = messaging.RabbitMq.ConnectionFactory("compliancehub-metrics");
                await using var connection = await factory.CreateConnectionAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    foreach (var queue in _queues.Keys)
                    {
                        await SampleAsync(connection, queue, stoppingToken);
                    }

                    await Task.Delay(options.MetricsInterval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogDebug(ex, "Queue depths not sampled");
                await Task.Delay(options.MetricsInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}

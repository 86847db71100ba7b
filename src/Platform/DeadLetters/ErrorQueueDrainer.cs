using System.Collections.Concurrent;
using ComplianceHub.Shared.Messaging;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// Brings messages left in the broker's <c>&lt;queue&gt;_error</c> and <c>&lt;queue&gt;_skipped</c> queues (by an earlier
/// version, another tool, or while the store was down) into the dead-letter store, every processing interval. A
/// message is acknowledged on the broker only once its entry is committed. Only on RabbitMQ.
/// </summary>
internal sealed class ErrorQueueDrainer(
    MessagingOptions messaging, DeadLetterOptions options, DeadLetterWriter writer, TimeProvider clock, ILogger<ErrorQueueDrainer> logger)
    : BackgroundService, IReceiveEndpointObserver
{
    private const int MaxPerQueueAndPass = 500;
    private readonly ConcurrentDictionary<string, byte> _queues = new();

    public Task Ready(ReceiveEndpointReady ready)
    {
        _queues.TryAdd(ReceivedMessages.QueueOf(ready.InputAddress), 0);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    /// <summary>One pass over every known queue's error and skipped queues; returns how many messages were stored.</summary>
    public async Task<int> DrainOnceAsync(IConnection connection, CancellationToken cancellationToken)
    {
        var drained = 0;
        foreach (var queue in _queues.Keys.SelectMany(q => new[] { q + "_error", q + "_skipped" }))
        {
            drained += await DrainAsync(connection, queue, cancellationToken);
        }

        return drained;
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
                var factory = messaging.RabbitMq.ConnectionFactory("compliancehub-dead-letter-drain");
                await using var connection = await factory.CreateConnectionAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await DrainOnceAsync(connection, stoppingToken);
                    await Task.Delay(options.ProcessingInterval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Draining error queues failed; next try in {Interval}", options.ProcessingInterval);
                await Task.Delay(options.ProcessingInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<int> DrainAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        // A passive declare of a queue that does not exist closes the channel: one channel per queue.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }

        var drained = 0;
        while (drained < MaxPerQueueAndPass && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } message)
        {
            try
            {
                var headers = (message.BasicProperties.Headers ?? new Dictionary<string, object?>())
                    .ToDictionary(h => h.Key, h => ReceivedMessages.HeaderText(h.Value), StringComparer.Ordinal);
                if (message.BasicProperties.MessageId is { } messageId)
                {
                    headers.TryAdd("MessageId", messageId);
                }

                var id = await writer.StoreDrainedAsync(message.Body.ToArray(), message.BasicProperties.ContentType, headers, queue, cancellationToken);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
                logger.LogWarning("Message from {Queue} drained into the dead-letter store as {DeadLetterId}", queue, id);
                drained++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true, cancellationToken);
                logger.LogWarning(ex, "A message in {Queue} could not be stored; it stays there", queue);
                break;
            }
        }

        return drained;
    }
}

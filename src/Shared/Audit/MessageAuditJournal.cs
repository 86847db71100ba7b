using System.Threading.Channels;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Records every message event in the audit trail (Art. 5(2)): each message handed to the broker (published or sent;
/// the outbox dispatcher sends both), each message consumed, each consumption that failed. Ids, type and endpoint
/// only: never the body. Events are queued by the observers and appended in batches, one lock of the chain head per
/// batch, so the trail keeps up with the bus. The queue is bounded and applies back-pressure rather than dropping;
/// what is queued is written before the host stops. A crash loses at most the queued events; the outbox and inbox
/// rows of those messages remain as evidence (ADR 0008).
/// </summary>
internal sealed class MessageAuditJournal(AuditTrail trail, ILogger<MessageAuditJournal> logger)
    : BackgroundService, ISendObserver, IConsumeObserver
{
    internal const int BatchSize = 500;

    private readonly Channel<AuditRecord> _queue = Channel.CreateBounded<AuditRecord>(
        new BoundedChannelOptions(50_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public Task PreSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context) where T : class =>
        EnqueueAsync(AuditTypes.MessageSent, context.MessageId, context.CorrelationId, context.ConversationId, new()
        {
            ["destination"] = Destination(context.DestinationAddress),
        });

    public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class =>
        EnqueueAsync(AuditTypes.MessageConsumed, context.MessageId, context.CorrelationId, context.ConversationId, new()
        {
            ["messageType"] = typeof(T).FullName,
            ["endpoint"] = Destination(context.ReceiveContext.InputAddress),
        });

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class =>
        EnqueueAsync(AuditTypes.MessageFailed, context.MessageId, context.CorrelationId, context.ConversationId, new()
        {
            ["messageType"] = typeof(T).FullName,
            ["endpoint"] = Destination(context.ReceiveContext.InputAddress),
            ["exception"] = exception.GetType().FullName, // the type only: a message text may quote personal data
        });

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not stoppingToken: the loop ends when the queue is completed and drained, at stop.
        var batch = new List<AuditRecord>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            await AppendWithRetriesAsync(batch);
            batch.Clear();
        }
    }

    private async Task EnqueueAsync(string type, Guid? messageId, Guid? correlationId, Guid? conversationId, Dictionary<string, string?> data)
    {
        data["correlationId"] = correlationId?.ToString();
        data["conversationId"] = conversationId?.ToString();
        var record = new AuditRecord(type, AuditRecord.SystemActor, $"message:{messageId}", data);
        if (!_queue.Writer.TryWrite(record))
        {
            try
            {
                await _queue.Writer.WriteAsync(record);
            }
            catch (ChannelClosedException)
            {
                logger.LogWarning("Message event {Type} for {MessageId} after the audit journal stopped", type, messageId);
            }
        }
    }

    private async Task AppendWithRetriesAsync(List<AuditRecord> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await trail.AppendBatchAsync(batch, CancellationToken.None);
                return;
            }
            catch (Exception ex) when (attempt < 5)
            {
                logger.LogWarning(ex, "Audit of {Count} message events failed (attempt {Attempt}); retrying", batch.Count, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Audit of {Count} message events failed for good", batch.Count);
                return;
            }
        }
    }

    /// <summary>The exchange or queue name, without host or query (a broker address can carry credentials or options).</summary>
    private static string? Destination(Uri? address) => address?.AbsolutePath.Trim('/');
}

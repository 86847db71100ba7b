using System.Threading.Channels;
using MassTransit;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Records every message event in the audit trail (Art. 5(2)): each message handed to the broker (published or sent;
/// the outbox dispatcher sends both), each message consumed, each consumption that failed. Ids, type and endpoint
/// only: never the body. Events are queued by the observers and appended in batches, one lock of the chain head per
/// batch, so the trail keeps up with the bus. The queue is bounded and applies back-pressure rather than dropping;
/// what is queued is written before the host stops. A batch that cannot be appended is retried with a growing pause
/// (never dropped: the queue fills and the bus slows rather than losing events), and after
/// <see cref="AlertAfterAttempts"/> failures an operations alert says so. A crash loses at most the queued events; the
/// outbox and inbox rows of those messages remain as evidence (ADR 0008).
/// </summary>
internal sealed class MessageAuditJournal(AuditTrail trail, AuditOperationsAlerts alerts, TimeProvider clock, ILogger<MessageAuditJournal> logger)
    : BackgroundService, ISendObserver, IConsumeObserver
{
    internal const int BatchSize = 500;
    internal const int AlertAfterAttempts = 5;
    internal static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);
    private volatile bool _stopping;

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
        _stopping = true;
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
        DateTimeOffset? failingSince = null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await trail.AppendBatchAsync(batch, CancellationToken.None);
                if (failingSince is not null)
                {
                    logger.LogInformation("Audit of {Count} message events appended after {Attempts} attempts", batch.Count, attempt);
                }

                return;
            }
            catch (Exception ex)
            {
                failingSince ??= clock.GetUtcNow();
                if (_stopping && (attempt >= 2 || ex is AuditChainTamperedException))
                {
                    // The host is going down and the trail still refuses: say exactly what is not recorded.
                    logger.LogError(ex, "Audit of {Count} message events failed for good at shutdown after {Attempts} attempts; they are not in the trail",
                        batch.Count, attempt);
                    return;
                }

                logger.LogWarning(ex, "Audit of {Count} message events failed (attempt {Attempt}); retrying", batch.Count, attempt);
                if (attempt == AlertAfterAttempts)
                {
                    await alerts.RaiseAsync(new AuditJournalStalled
                    {
                        Pending = batch.Count + _queue.Reader.Count, FailingSince = failingSince.Value, Error = ex.GetType().Name,
                    });
                }

                var pause = TimeSpan.FromSeconds(Math.Min(MaxPause.TotalSeconds, Math.Pow(2, Math.Min(attempt - 1, 10)) * 0.5));
                await Task.Delay(pause); // wall time: a test clock that stands still must not stall the journal
            }
        }
    }

    /// <summary>The exchange or queue name, without host or query (a broker address can carry credentials or options).</summary>
    private static string? Destination(Uri? address) => address?.AbsolutePath.Trim('/');
}

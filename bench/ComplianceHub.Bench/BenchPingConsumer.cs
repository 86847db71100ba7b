using MassTransit;

namespace ComplianceHub.Bench;

/// <summary>
/// Adds the effect row and leaves the saving to the backbone, which writes it with the inbox row in one batch
/// before the commit (a consumer may also call SaveChanges itself; that costs a round trip).
/// </summary>
public sealed class BenchPingConsumer(BenchDbContext db, LatencyRecorder latencies) : IConsumer<BenchPing>
{
    public Task Consume(ConsumeContext<BenchPing> context)
    {
        db.Add(new BenchEffect { Id = context.Message.Id, ConsumedAt = DateTimeOffset.UtcNow });

        // Latency ends when the effect is committed and the message acknowledged: when the receive completes.
        var producedAt = context.Message.ProducedAt;
        context.ReceiveContext.ReceiveCompleted.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    latencies.Record((DateTime.UtcNow - producedAt).TotalMilliseconds);
                }
            },
            TaskScheduler.Default);
        return Task.CompletedTask;
    }
}

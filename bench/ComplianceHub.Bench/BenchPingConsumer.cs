using MassTransit;

namespace ComplianceHub.Bench;

/// <summary>Writes the effect row; the inbox row and the commit come from the backbone.</summary>
public sealed class BenchPingConsumer(BenchDbContext db, LatencyRecorder latencies) : IConsumer<BenchPing>
{
    public async Task Consume(ConsumeContext<BenchPing> context)
    {
        db.Add(new BenchEffect { Id = context.Message.Id, ConsumedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(context.CancellationToken);
        latencies.Record((DateTime.UtcNow - context.Message.ProducedAt).TotalMilliseconds);
    }
}

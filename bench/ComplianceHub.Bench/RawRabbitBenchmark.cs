using System.Buffers.Binary;
using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace ComplianceHub.Bench;

/// <summary>
/// Baseline (a): RabbitMQ.Client alone. Persistent 1 KB messages on a quorum queue, publisher confirms awaited,
/// manual acks. No database, no serializer: the ceiling for anything built on this broker.
/// </summary>
internal sealed class RawRabbitBenchmark(Uri amqp, int window)
{
    public async Task<(double Throughput, double P50, double P99)> RunAsync(int warmupMessages, int saturationMessages, int rate, TimeSpan rateDuration)
    {
        var factory = new ConnectionFactory { Uri = amqp, ClientProvidedName = "bench-raw" };
        await using var publisherConnection = await factory.CreateConnectionAsync();
        await using var consumerConnection = await factory.CreateConnectionAsync();
        await using var publisher = await publisherConnection.CreateChannelAsync(new CreateChannelOptions(true, true));
        await using var consumerChannel = await consumerConnection.CreateChannelAsync();
        var queue = "bench-raw-" + Guid.NewGuid().ToString("N")[..8];
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
        await consumerChannel.BasicQosAsync(0, 200, false);

        var latencies = new LatencyRecorder();
        var consumer = new AsyncEventingBasicConsumer(consumerChannel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var producedAt = BinaryPrimitives.ReadInt64LittleEndian(delivery.Body.Span);
            latencies.Record((Stopwatch.GetTimestamp() - producedAt) * 1000.0 / Stopwatch.Frequency);
            await consumerChannel.BasicAckAsync(delivery.DeliveryTag, false);
        };
        await consumerChannel.BasicConsumeAsync(queue, autoAck: false, consumer);

        // Warm-up (not measured): a window of publishes in flight, as fast as confirms come back.
        await SaturateAsync(publisher, queue, warmupMessages);
        await WaitForAsync(latencies, warmupMessages);
        latencies.Reset();

        var started = Stopwatch.StartNew();
        await SaturateAsync(publisher, queue, saturationMessages);
        await WaitForAsync(latencies, saturationMessages);
        var throughput = saturationMessages / started.Elapsed.TotalSeconds;

        // Latency at a fixed rate (the same order as the full path).
        latencies.Reset();
        var total = (int)(rate * rateDuration.TotalSeconds);
        await Pacer.RunAsync(rate, total, () => PublishAsync(publisher, queue));
        await WaitForAsync(latencies, total);
        var (p50, p99) = latencies.Percentiles();
        await publisher.QueueDeleteAsync(queue);
        return (throughput, p50, p99);
    }

    private async Task SaturateAsync(IChannel publisher, string queue, int count)
    {
        using var inFlight = new SemaphoreSlim(window);
        var sends = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            await inFlight.WaitAsync();
            sends.Add(PublishAsync(publisher, queue).ContinueWith(_ => inFlight.Release(), TaskScheduler.Default));
        }

        await Task.WhenAll(sends);
    }

    private static async Task PublishAsync(IChannel channel, string queue)
    {
        var body = new byte[1024];
        BinaryPrimitives.WriteInt64LittleEndian(body, Stopwatch.GetTimestamp());
        await channel.BasicPublishAsync("", queue, mandatory: false, new BasicProperties { Persistent = true }, body);
    }

    private static async Task WaitForAsync(LatencyRecorder latencies, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (latencies.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }
    }
}

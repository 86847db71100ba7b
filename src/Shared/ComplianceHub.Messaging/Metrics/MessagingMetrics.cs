using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ComplianceHub.Shared.Messaging.Metrics;

/// <summary>
/// Our gauges beside MassTransit's own meter (published/consumed/failed per message type, consume duration, and
/// delivery duration = end-to-end latency, since stored rows keep their original sent time): outbox backlog, age of
/// the oldest undelivered row and parked rows per module, and queue depth per RabbitMQ queue.
/// </summary>
public sealed class MessagingMetrics : IDisposable
{
    public const string MeterName = "ComplianceHub.Messaging";
    private readonly Meter _meter = new(MeterName);
    private readonly ConcurrentDictionary<string, OutboxSnapshot> _outboxes = new();
    private readonly ConcurrentDictionary<string, long> _queues = new();

    public MessagingMetrics()
    {
        _meter.CreateObservableGauge("compliancehub.outbox.backlog",
            () => _outboxes.Select(o => new Measurement<long>(o.Value.Backlog, Tag("module", o.Key))), "{message}",
            "Undelivered outbox rows that are due (timers not yet due excluded).");
        _meter.CreateObservableGauge("compliancehub.outbox.oldest_age",
            () => _outboxes.Select(o => new Measurement<double>(o.Value.OldestAgeSeconds, Tag("module", o.Key))), "s",
            "Age of the oldest due, undelivered outbox row.");
        _meter.CreateObservableGauge("compliancehub.outbox.parked",
            () => _outboxes.Select(o => new Measurement<long>(o.Value.Parked, Tag("module", o.Key))), "{message}",
            "Outbox rows parked after repeated delivery failures.");
        _meter.CreateObservableGauge("compliancehub.outbox.timers",
            () => _outboxes.Select(o => new Measurement<long>(o.Value.PendingTimers, Tag("module", o.Key))), "{message}",
            "Durable timers waiting for their due time.");
        _meter.CreateObservableGauge("compliancehub.queue.depth",
            () => _queues.Select(q => new Measurement<long>(q.Value, Tag("queue", q.Key))), "{message}",
            "Messages ready in a RabbitMQ queue.");
    }

    public void RecordOutbox(string module, OutboxSnapshot snapshot) => _outboxes[module] = snapshot;

    public void RecordQueueDepth(string queue, long depth) => _queues[queue] = depth;

    public void ForgetQueue(string queue) => _queues.TryRemove(queue, out _);

    public void Dispose() => _meter.Dispose();

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);
}

using System.Threading.Channels;
using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.Resilience;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Operations;

/// <summary>
/// Records every circuit-breaker transition (automatic or forced by an operator) in the audit trail. Breakers report
/// transitions synchronously on the calling thread; they are queued here and appended in order in the background, so
/// a slow database never slows a breaker. Queued transitions are written before the host stops.
/// </summary>
internal sealed class CircuitBreakerAuditor(CircuitBreakerRegistry breakers, IAuditTrail trail, ILogger<CircuitBreakerAuditor> logger) : BackgroundService
{
    private readonly Channel<CircuitTransition> _queue = Channel.CreateBounded<CircuitTransition>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        breakers.AddListener(t => _queue.Writer.TryWrite(t));
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not stoppingToken: the loop ends when the queue is completed and drained, at stop.
        await foreach (var transition in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            await AppendWithRetriesAsync(transition);
        }
    }

    private async Task AppendWithRetriesAsync(CircuitTransition t)
    {
        var record = new AuditRecord(
            AuditTypes.CircuitBreakerTransition,
            t.Operator ?? AuditRecord.SystemActor,
            $"circuit-breaker:{t.Breaker}",
            new Dictionary<string, string?> { ["from"] = t.From.ToString(), ["to"] = t.To.ToString(), ["at"] = t.At.ToString("O") },
            t.Operator is null ? null : t.Reason);
        var automatic = t.Operator is null ? t.Reason : null;
        if (automatic is not null)
        {
            record = record with { Data = new Dictionary<string, string?>(record.Data!) { ["cause"] = automatic } };
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await trail.AppendAsync(record, CancellationToken.None);
                return;
            }
            catch (Exception ex) when (attempt < 5)
            {
                logger.LogWarning(ex, "Audit of breaker {Breaker} {From} -> {To} failed (attempt {Attempt}); retrying", t.Breaker, t.From, t.To, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Audit of breaker {Breaker} {From} -> {To} failed for good", t.Breaker, t.From, t.To);
                return;
            }
        }
    }
}

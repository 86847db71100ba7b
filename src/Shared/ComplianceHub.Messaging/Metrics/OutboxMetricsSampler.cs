using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Shared.Messaging.Metrics;

/// <summary>Measures a module's outbox on an interval (index-backed counts over the pending rows only).</summary>
internal sealed class OutboxMetricsSampler<TContext>(
    IServiceScopeFactory scopes, MessagingMetrics metrics, OutboxOptions options, TimeProvider clock, ILogger<OutboxMetricsSampler<TContext>> logger)
    : BackgroundService
    where TContext : ModuleDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                metrics.RecordOutbox(db.Schema, await SampleAsync(db, clock.GetUtcNow(), stoppingToken));
                await Task.Delay(options.MetricsInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogDebug(ex, "Outbox metrics of {Module} not sampled", typeof(TContext).Name);
                await Task.Delay(options.MetricsInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public static async Task<OutboxSnapshot> SampleAsync(TContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = db.Set<OutboxMessage>().Where(m => m.DeliveredAt == null && m.ParkedAt == null);
        var due = pending.Where(m => m.DueAt == null || m.DueAt <= now);
        var backlog = await due.LongCountAsync(cancellationToken);
        var oldest = backlog == 0 ? (DateTimeOffset?)null : await due.MinAsync(m => (DateTimeOffset?)m.CreatedAt, cancellationToken);
        var parked = await db.Set<OutboxMessage>().LongCountAsync(m => m.ParkedAt != null && m.DeliveredAt == null, cancellationToken);
        var timers = await pending.LongCountAsync(m => m.DueAt > now, cancellationToken);
        return new OutboxSnapshot(backlog, oldest is { } o ? Math.Max(0, (now - o).TotalSeconds) : 0, parked, timers);
    }
}

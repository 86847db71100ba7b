using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Resilience;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>One dispatch round: the due rows in sequence order, sent per partition key in order, keys in parallel.</summary>
internal sealed class OutboxBatch<TContext>(
    TContext db, IBusControl bus, CircuitBreaker broker, MessageKeyRing keys, OutboxOptions options, OutboxDispatchState state, TimeProvider clock, ILogger logger)
    where TContext : ModuleDbContext
{
    private const int IdsPerStatement = 500;

    /// <summary>Returns how many rows were delivered (0: nothing was due, or everything due is waiting to be retried).</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await LoadDueAsync(now, cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var delivered = new List<long>(rows.Count);
        var failed = new List<(OutboxMessage Row, Exception Error)>();
        using var limiter = new SemaphoreSlim(options.SendConcurrency);
        var sends = rows.GroupBy(r => r.PartitionKey).Select(async key =>
        {
            await limiter.WaitAsync(cancellationToken);
            try
            {
                foreach (var row in key)
                {
                    try
                    {
                        await SendAsync(row, cancellationToken);
                        lock (delivered)
                        {
                            delivered.Add(row.SequenceNumber);
                        }
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        lock (failed)
                        {
                            failed.Add((row, ex));
                        }

                        break; // later rows of this key wait for this one
                    }
                }
            }
            finally
            {
                limiter.Release();
            }
        });
        await Task.WhenAll(sends);

        var set = db.Set<OutboxMessage>();
        var deliveredAt = clock.GetUtcNow();
        foreach (var chunk in delivered.Chunk(IdsPerStatement))
        {
            await set.Where(m => chunk.Contains(m.SequenceNumber))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, deliveredAt), CancellationToken.None);
        }

        if (failed.Count > 0)
        {
            await RecordFailuresAsync(failed, deliveredAt);
        }

        return delivered.Count;
    }

    private async Task<List<OutboxMessage>> LoadDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.DeliveredAt == null && m.ParkedAt == null);

        // Keys whose earliest undelivered row waits for a retry: none of their rows may overtake it. Such rows exist
        // only after a failed send, so the query is skipped while none can exist.
        List<string> blocked = [];
        if (state.RetriesPossible)
        {
            var retries = await pending.Where(m => m.RetryAt != null)
                .GroupBy(m => m.PartitionKey).Select(g => new { Key = g.Key, Latest = g.Max(m => m.RetryAt) })
                .ToListAsync(cancellationToken);
            blocked = [.. retries.Where(r => r.Latest > now).Select(r => r.Key)];
            state.RetriesPossible = retries.Count > 0;
        }

        var immediate = await pending.Where(m => m.DueAt == null && !blocked.Contains(m.PartitionKey))
            .OrderBy(m => m.SequenceNumber).Take(options.BatchSize).ToListAsync(cancellationToken);

        // Timers are looked at every TimerCheckInterval, not every round: at a few hundred rounds a second the
        // query would cost more than all the sends.
        if (now < state.NextTimerCheck)
        {
            return immediate;
        }

        var timers = await pending.Where(m => m.DueAt != null && m.DueAt <= now && !blocked.Contains(m.PartitionKey))
            .OrderBy(m => m.DueAt).ThenBy(m => m.SequenceNumber).Take(options.BatchSize).ToListAsync(cancellationToken);
        state.NextTimerCheck = timers.Count == options.BatchSize ? now : now + options.TimerCheckInterval;
        return [.. immediate, .. timers];
    }

    private async Task SendAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var destination = new Uri(row.DestinationAddress);
        var endpoint = await bus.GetSendEndpoint(destination);
        await broker.ExecuteAsync(
            async ct =>
            {
                // A send without its confirm after 30 s counts as a failure of the broker.
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(30));
                await endpoint.Send(new SerializedMessageBody(), new OutboxMessageSendPipe(new StoredMessage(row, keys), destination), timeout.Token);
            },
            cancellationToken);
    }

    private async Task RecordFailuresAsync(List<(OutboxMessage Row, Exception Error)> failed, DateTimeOffset now)
    {
        // While the broker is down every send fails, and while its breaker is open none is tried: that is an
        // outage, not a bad row, and costs no attempt.
        failed.RemoveAll(f => f.Error is CircuitOpenException);
        if (failed.Count == 0)
        {
            return;
        }

        if (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            logger.LogWarning("Outbox of {Module}: {Count} sends failed while the bus is unhealthy", typeof(TContext).Name, failed.Count);
            return;
        }

        state.RetriesPossible = true;
        foreach (var (row, error) in failed)
        {
            var attempts = row.Attempts + 1;
            var park = attempts >= options.MaxAttempts;
            var delay = TimeSpan.FromTicks(Math.Min(options.RetryMaxDelay.Ticks, options.RetryBaseDelay.Ticks << Math.Min(attempts - 1, 20)));
            var message = $"{error.GetType().Name}: {error.Message}";
            await db.Set<OutboxMessage>().Where(m => m.SequenceNumber == row.SequenceNumber)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastError, message.Length > 2000 ? message[..2000] : message)
                    .SetProperty(m => m.RetryAt, park ? null : now + delay)
                    .SetProperty(m => m.ParkedAt, park ? now : null),
                    CancellationToken.None);
            logger.LogError(error, "Outbox row {Sequence} of {Module} ({MessageType}) failed attempt {Attempt}{Parked}",
                row.SequenceNumber, typeof(TContext).Name, row.MessageType, attempts, park ? "; parked" : "");
        }
    }
}

using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Resilience;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// Delivers a module's committed outbox rows to the broker. Only the host holding the module's lease dispatches,
/// so rows are never delivered by two hosts at once and each partition key stays in order. A row is marked
/// delivered only after the broker confirmed it (publisher confirms); a crash in between sends it again, and the
/// receiving inbox absorbs the duplicate. A row that keeps failing while the broker is healthy is parked.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    CircuitBreakerRegistry breakers,
    MessageKeyRing keys,
    OutboxSignals signals,
    OutboxOptions options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : ModuleDbContext
{
    /// <summary>The breaker around the broker, shared by every module's dispatcher on this host.</summary>
    public const string BrokerBreaker = "broker";

    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var leaseRenewedAt = DateTimeOffset.MinValue;
        var state = new OutboxDispatchState();
        var broker = breakers.Get(BrokerBreaker);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                var now = clock.GetUtcNow();
                if (now - leaseRenewedAt > options.LeaseDuration / 3)
                {
                    if (!await DispatchLease.TryHoldAsync(db, _holder, now, options.LeaseDuration, stoppingToken))
                    {
                        leaseRenewedAt = DateTimeOffset.MinValue;
                        await Task.Delay(options.LeaseDuration / 3, clock, stoppingToken);
                        continue;
                    }

                    if (leaseRenewedAt == DateTimeOffset.MinValue)
                    {
                        // Newly held: another host may have left rows waiting for a retry.
                        state = new OutboxDispatchState();
                    }

                    leaseRenewedAt = now;
                }

                if (bus.CheckHealth().Status != BusHealthStatus.Healthy || !broker.AcceptsCalls)
                {
                    await Task.Delay(options.PollInterval, clock, stoppingToken);
                    continue;
                }

                var batch = new OutboxBatch<TContext>(db, bus, broker, keys, options, state, clock, logger);
                var delivered = await batch.DispatchAsync(stoppingToken);
                if (delivered == 0)
                {
                    await signals.WaitAsync(typeof(TContext), options.PollInterval, stoppingToken);
                }
                else if (delivered < options.BatchSize && options.Linger > TimeSpan.Zero)
                {
                    // A part-filled round means rows trickle in: let a few more commit so the next round sends a batch.
                    await Task.Delay(options.Linger, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The database is down or the lease row unreachable: nothing is lost, the rows wait in the table.
                logger.LogWarning(ex, "Outbox dispatch of {Module} failed; retrying", typeof(TContext).Name);
                leaseRenewedAt = DateTimeOffset.MinValue;
                await Task.Delay(options.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        if (leaseRenewedAt != DateTimeOffset.MinValue)
        {
            await ReleaseLeaseAsync();
        }
    }

    private async Task ReleaseLeaseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            await DispatchLease.ReleaseAsync(scope.ServiceProvider.GetRequiredService<TContext>(), _holder, clock.GetUtcNow(), timeout.Token);
        }
        catch (Exception ex)
        {
            // The database is unreachable (or fails in any other way): the lease simply runs out, as after a crash.
            logger.LogInformation("Outbox lease of {Module} not released at stop ({Error}); it expires by itself", typeof(TContext).Name, ex.GetType().Name);
        }
    }
}

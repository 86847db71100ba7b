using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Counts encryptions under the active key across hosts and restarts (each host adds what it made to one row per key
/// every minute) and warns well before the 2^32 random-nonce limit NIST SP 800-38D sets for one AES-GCM key: from
/// <see cref="WarnAt"/> (2^31) on, at every count, until the key is rotated.
/// </summary>
internal sealed class KeyUsageMonitor(IServiceScopeFactory scopes, MessageKeyRing keys, TimeProvider clock, ILogger<KeyUsageMonitor> logger) : BackgroundService
{
    public const long WarnAt = 1L << 31;
    public const long Limit = 1L << 32;
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval); // wall time: a test clock that stands still must not stop the count
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushSafelyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // What this host counted since the last tick, within a few seconds: a stop must not wait on the database.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(5));
        await FlushSafelyAsync(limit.Token);
    }

    private async Task FlushSafelyAsync(CancellationToken cancellationToken)
    {
        var made = keys.TakeEncryptionCount();
        if (made == 0)
        {
            return;
        }

        try
        {
            var total = await AddAsync(keys.ActiveEncryptionKey, made, cancellationToken);
            if (total >= WarnAt)
            {
                logger.LogWarning(
                    "Encryption key {KeyId} has made {Encryptions} encryptions with random nonces ({Percent:0}% of the 2^32 limit of NIST SP 800-38D): rotate it (Security:Messages:ActiveEncryptionKey)",
                    keys.ActiveEncryptionKey, total, 100.0 * total / Limit);
            }
        }
        catch (Exception ex)
        {
            keys.ReturnEncryptionCount(made); // counted again at the next flush (lost only with the process)
            logger.LogWarning(ex, "Encryption count of key {KeyId} not stored; retried next minute", keys.ActiveEncryptionKey);
        }
    }

    /// <summary>Adds <paramref name="made"/> to the key's row (creating it) and returns the new total.</summary>
    internal async Task<long> AddAsync(string keyId, long made, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var now = clock.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.KeyUsage.Where(k => k.KeyId == keyId)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.Encryptions, k => k.Encryptions + made).SetProperty(k => k.UpdatedAt, now), cancellationToken);
            if (updated == 0)
            {
                db.KeyUsage.Add(new KeyUsage { KeyId = keyId, Encryptions = made, UpdatedAt = now });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException) when (attempt == 0)
                {
                    db.ChangeTracker.Clear(); // another host created it first: add to theirs
                    continue;
                }
            }

            return await db.KeyUsage.AsNoTracking().Where(k => k.KeyId == keyId).Select(k => k.Encryptions).SingleAsync(cancellationToken);
        }
    }
}

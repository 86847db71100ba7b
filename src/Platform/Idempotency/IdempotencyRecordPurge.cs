using ComplianceHub.Shared.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>
/// Deletes stored answers older than <c>Http:IdempotencyKeyRetention</c> (rows deleted, not flagged): they may hold
/// personal data, kept no longer than the retry window needs (Art. 5(1)(e) storage limitation).
/// </summary>
internal sealed class IdempotencyRecordPurge(
    IServiceScopeFactory scopes, IdempotencyOptions options, TimeProvider clock, ILogger<IdempotencyRecordPurge> logger) : BackgroundService
{
    /// <summary>One pass; returns how many records were deleted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - options.IdempotencyKeyRetention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>();
        var deleted = await db.Records.Where(r => r.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Idempotency retention: {Count} stored answer(s) deleted", deleted);
        }

        return deleted;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PeriodicPass.RunAsync(
        options.PurgeInterval, clock, RunOnceAsync,
        ex => logger.LogWarning(ex, "Idempotency retention failed; it runs again in {Interval}", options.PurgeInterval),
        stoppingToken);
}

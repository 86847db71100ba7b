using ComplianceHub.Shared.DeadLetters.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>Every processing interval: archive old entries, delete expired ones, and check the alert threshold.</summary>
public sealed class DeadLetterMaintenance(
    IServiceScopeFactory scopes, DeadLetterOptions options, TimeProvider clock, ILogger<DeadLetterMaintenance> logger) : BackgroundService
{
    /// <summary>One pass; returns how many entries were archived and deleted.</summary>
    public async Task<(int Archived, int Deleted)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
        var deleteBefore = now.AddDays(-options.MaxRetentionDays);
        var archiveBefore = now.AddDays(-options.ArchiveAfterDays);
        var deleted = await db.DeadLetters.Where(d => d.FirstFailedAt < deleteBefore).ExecuteDeleteAsync(cancellationToken);
        var archived = await db.DeadLetters.Where(d => d.ArchivedAt == null && d.FirstFailedAt < archiveBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ArchivedAt, now), cancellationToken);
        if (archived + deleted > 0)
        {
            logger.LogInformation("Dead-letter retention: {Archived} archived, {Deleted} deleted", archived, deleted);
        }

        await scope.ServiceProvider.GetRequiredService<DeadLetterAlerts>().CheckAsync(now, cancellationToken);
        return (archived, deleted);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first pass comes one interval after start, not at it: a starting host has nothing urgent to retain, and
        // an immediate pass would race whatever else the start-up does with the store.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.ProcessingInterval, clock, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Dead-letter maintenance failed; it runs again in {Interval}", options.ProcessingInterval);
            }
        }
    }
}

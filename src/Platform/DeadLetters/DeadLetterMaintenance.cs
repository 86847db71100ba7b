using ComplianceHub.Shared.Hosting;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>Every processing interval: archive old entries, delete expired ones, and check the alert threshold.</summary>
public sealed class DeadLetterMaintenance(
    IServiceScopeFactory scopes, DeadLetterOptions options, IAuditTrail audit, TimeProvider clock, ILogger<DeadLetterMaintenance> logger) : BackgroundService
{
    /// <summary>One pass; returns how many entries were archived and deleted.</summary>
    public async Task<(int Archived, int Deleted)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
        var deleteBefore = now.AddDays(-options.MaxRetentionDays);
        var archiveBefore = now.AddDays(-options.ArchiveAfterDays);
        (int Archived, int Deleted) counts;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var deleted = await db.DeadLetters.Where(d => d.FirstFailedAt < deleteBefore).ExecuteDeleteAsync(cancellationToken);
            var archived = await db.DeadLetters.Where(d => d.ArchivedAt == null && d.FirstFailedAt < archiveBefore)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ArchivedAt, now), cancellationToken);
            if (deleted > 0)
            {
                await audit.AppendAsync(Retention(AuditTypes.DeadLettersPurged, deleted, deleteBefore), db, cancellationToken);
            }

            if (archived > 0)
            {
                await audit.AppendAsync(Retention(AuditTypes.DeadLettersArchived, archived, archiveBefore), db, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            counts = (archived, deleted);
        }

        if (counts.Archived + counts.Deleted > 0)
        {
            logger.LogInformation("Dead-letter retention: {Archived} archived, {Deleted} deleted", counts.Archived, counts.Deleted);
        }

        await scope.ServiceProvider.GetRequiredService<DeadLetterAlerts>().CheckAsync(now, cancellationToken);
        return counts;
    }

    private static AuditRecord Retention(string type, int count, DateTimeOffset firstFailedBefore) => new(
        type, AuditRecord.SystemActor, "dead-letters",
        new Dictionary<string, string?> { ["count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture), ["firstFailedBefore"] = firstFailedBefore.ToString("O") });

    // The first pass comes one interval after start, not at it: a starting host has nothing urgent to retain, and
    // an immediate pass would race whatever else the start-up does with the store.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PeriodicPass.RunAsync(
        options.ProcessingInterval, clock, RunOnceAsync,
        ex => logger.LogWarning(ex, "Dead-letter maintenance failed; it runs again in {Interval}", options.ProcessingInterval),
        stoppingToken);
}

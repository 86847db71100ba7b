using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.Hosting;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// Deletes delivered outbox rows after their retention and inbox rows after the de-duplication window, in bounded
/// chunks so a large table never holds one long transaction. Every host may run it: deletes are idempotent. A pass
/// that deleted anything is recorded in the audit trail with its counts.
/// </summary>
internal sealed class MessagingHousekeeping<TContext>(
    IServiceScopeFactory scopes, OutboxOptions options, IAuditTrail audit, TimeProvider clock, ILogger<MessagingHousekeeping<TContext>> logger)
    : BackgroundService
    where TContext : ModuleDbContext
{
    private const int Chunk = 5_000;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PeriodicPass.RunAsync(
        options.CleanupInterval, clock, CleanOnceAsync,
        ex => logger.LogWarning(ex, "Housekeeping of {Module} failed; next run in {Interval}", typeof(TContext).Name, options.CleanupInterval),
        stoppingToken);

    private async Task CleanOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (outbox, inbox) = await CleanAsync(scope.ServiceProvider.GetRequiredService<TContext>(), options, clock.GetUtcNow(), cancellationToken);
        if (outbox + inbox > 0)
        {
            logger.LogInformation("{Module}: removed {Outbox} delivered outbox rows and {Inbox} inbox rows past retention",
                typeof(TContext).Name, outbox, inbox);
            await audit.AppendAsync(
                new AuditRecord(AuditTypes.MessagingPurged, AuditRecord.SystemActor, $"messaging:{DatabaseRegistration.SchemaOf<TContext>()}",
                    new Dictionary<string, string?>
                    {
                        ["deliveredOutboxRows"] = outbox.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["inboxRows"] = inbox.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["outboxRetention"] = options.DeliveredRetention.ToString(),
                        ["inboxRetention"] = options.InboxRetention.ToString(),
                    }),
                cancellationToken);
        }
    }

    public static async Task<(int Outbox, int Inbox)> CleanAsync(
        TContext db, OutboxOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deliveredBefore = now - options.DeliveredRetention;
        var inboxBefore = now - options.InboxRetention;
        int outbox = 0, inbox = 0, removed;
        do
        {
            var ids = await db.Set<OutboxMessage>().Where(m => m.DeliveredAt < deliveredBefore)
                .OrderBy(m => m.SequenceNumber).Select(m => m.SequenceNumber).Take(Chunk).ToListAsync(cancellationToken);
            removed = ids.Count == 0 ? 0 : await db.Set<OutboxMessage>().Where(m => ids.Contains(m.SequenceNumber)).ExecuteDeleteAsync(cancellationToken);
            outbox += removed;
        }
        while (removed == Chunk);

        do
        {
            var ids = await db.Set<InboxState>().Where(i => i.DeliveredAt < inboxBefore)
                .OrderBy(i => i.Id).Select(i => i.Id).Take(Chunk).ToListAsync(cancellationToken);
            removed = ids.Count == 0 ? 0 : await db.Set<InboxState>().Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
            inbox += removed;
        }
        while (removed == Chunk);

        return (outbox, inbox);
    }
}

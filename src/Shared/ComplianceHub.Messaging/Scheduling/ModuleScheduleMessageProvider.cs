using ComplianceHub.Shared.Messaging.Outbox;
using MassTransit.Scheduling;

namespace ComplianceHub.Shared.Messaging.Scheduling;

/// <summary>
/// Durable timers without a broker plugin or Quartz: a scheduled send goes through the module's outbox, which stores
/// it with its due time (not the transport's Delay) and its token; the dispatcher delivers it when due, carrying the
/// <c>MT-Scheduling-TokenId</c> header a state machine uses to ignore stale timeouts. Cancelling deletes the row in
/// the same transaction as the change that cancelled it.
/// </summary>
internal sealed class ModuleScheduleMessageProvider(ISendEndpointProvider outboxSendEndpoints, ModuleDbContext db) : IScheduleMessageProvider
{
    public async Task<ScheduledMessage<T>> ScheduleSend<T>(
        Uri destinationAddress, DateTime scheduledTime, T message, IPipe<SendContext<T>> pipe, CancellationToken cancellationToken)
        where T : class
    {
        var schedule = new ScheduleSendPipe<T>(pipe, scheduledTime) { ScheduledMessageId = ScheduleTokenIdCache<T>.GetTokenId(message) };
        var endpoint = await outboxSendEndpoints.GetSendEndpoint(destinationAddress);
        // MassTransit hands over UTC instants; a local time (DateTime.Now) is converted, an unspecified one taken as UTC.
        var utc = scheduledTime.Kind == DateTimeKind.Local ? scheduledTime.ToUniversalTime() : DateTime.SpecifyKind(scheduledTime, DateTimeKind.Utc);
        var dueAt = new DateTimeOffset(utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        await endpoint.Send(message, Pipe.ExecuteAsync<SendContext<T>>(async context =>
        {
            await ((IPipe<SendContext<T>>)schedule).Send(context);
            context.Headers.Set(OutboxRows.DueAtHeader, dueAt);
        }), cancellationToken);
        return new ScheduledMessageHandle<T>(schedule.ScheduledMessageId ?? NewId.NextGuid(), scheduledTime, destinationAddress, message);
    }

    public Task CancelScheduledSend(Guid tokenId, CancellationToken cancellationToken) => CancelAsync(tokenId, cancellationToken);

    public Task CancelScheduledSend(Uri destinationAddress, Guid tokenId, CancellationToken cancellationToken) => CancelAsync(tokenId, cancellationToken);

    private async Task CancelAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        // A timer scheduled earlier in this same unit of work is not in the table yet.
        foreach (var pending in db.ChangeTracker.Entries<OutboxMessage>()
                     .Where(e => e.State == EntityState.Added && e.Entity.SchedulingTokenId == tokenId).ToList())
        {
            pending.State = EntityState.Detached;
        }

        await db.Set<OutboxMessage>()
            .Where(m => m.SchedulingTokenId == tokenId && m.DeliveredAt == null)
            .ExecuteDeleteAsync(cancellationToken);
    }
}

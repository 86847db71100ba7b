using ComplianceHub.Shared.MessageSecurity;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// One pass of MassTransit's outbox consume pipe over the locked inbox row. Messages the consumer sends become
/// outbox rows in its transaction; the module's dispatcher delivers them after commit, so nothing is loaded or
/// removed here and the whole message takes one transaction.
/// </summary>
internal sealed class ModuleOutboxConsumeContext<TContext, TMessage>(
    ConsumeContext<TMessage> context,
    OutboxConsumeOptions options,
    IServiceProvider provider,
    TContext db,
    InboxState inbox,
    MessageKeyRing keys,
    TimeProvider clock) : OutboxConsumeContextProxy<TMessage>(context, options, provider)
    where TContext : ModuleDbContext
    where TMessage : class
{
    public override bool ContinueProcessing { get; set; } = true;

    public override bool IsMessageConsumed => inbox.ConsumedAt is not null;

    public override bool IsOutboxDelivered => inbox.DeliveredAt is not null;

    public override int ReceiveCount => inbox.ReceiveCount;

    public override long? LastSequenceNumber => inbox.LastSequenceNumber;

    /// <summary>How many messages the consumer sent in this pass.</summary>
    public int Sends { get; private set; }

    /// <summary>
    /// Marks the message consumed; the factory saves the inbox row with the consumer's unsaved effects and outbox rows
    /// in one batch before the commit. The row is marked delivered at once: the consumer's messages are already in
    /// the outbox, which the dispatcher delivers.
    /// </summary>
    public override Task SetConsumed()
    {
        inbox.ConsumedAt = inbox.DeliveredAt = clock.GetUtcNow();
        if (db.Entry(inbox).State == EntityState.Detached)
        {
            db.Set<InboxState>().Add(inbox);
        }

        return Task.CompletedTask;
    }

    public override Task SetDelivered()
    {
        inbox.DeliveredAt = clock.GetUtcNow();
        return Task.CompletedTask;
    }

    public override Task<List<OutboxMessageContext>> LoadOutboxMessages() => Task.FromResult(new List<OutboxMessageContext>());

    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message) => Task.CompletedTask;

    public override Task RemoveOutboxMessages() => Task.CompletedTask;

    public override Task AddSend<T>(SendContext<T> context)
    {
        db.Set<OutboxMessage>().Add(OutboxRows.From(context, keys, clock.GetUtcNow()));
        Sends++;
        return Task.CompletedTask;
    }
}

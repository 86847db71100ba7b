using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging.Scheduling;
using MassTransit.Middleware;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// The inbox: a message runs its consumer once per consumer, whatever the broker redelivers. One transaction per
/// message: read the inbox row; if the message is new, the consumer runs and its effects, its outgoing messages
/// (outbox rows) and the new inbox row are saved together and committed. A copy that arrives while the first is
/// still running also runs, but its insert of the inbox row meets the unique key (MessageId, ConsumerId) and fails,
/// so its transaction rolls back and its retry finds the message consumed: exactly one copy's effects commit,
/// without row locks or a separate commit for the inbox row (ADR 0006).
/// Round trips per new message: the inbox read, the consumer's own SaveChanges (if it calls one), one batch with
/// the inbox row and whatever is left, and the commit. EF Core's automatic savepoints around each SaveChanges
/// (two more round trips each) are off: any failure rolls the whole transaction back, so they would never be used.
/// </summary>
internal sealed class ModuleOutboxContextFactory<TContext>(TContext db, IServiceProvider provider, MessageKeyRing keys, TimeProvider clock)
    : IOutboxContextFactory<TContext>
    where TContext : ModuleDbContext
{
    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        var messageId = context.GetOriginalMessageId() ?? throw new MessageException(typeof(T), "The inbox needs a MessageId.");
        context.AddOrUpdatePayload(() => new ModuleUnitOfWork(db), _ => new ModuleUnitOfWork(db));
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            var consumerId = options.ConsumerId;
            // A new message's inbox row is added when it is consumed (SetConsumed), in the final batch.
            var inbox = await FindInbox(db, messageId, consumerId)
                ?? new InboxState { MessageId = messageId, ConsumerId = consumerId, ReceivedAt = clock.GetUtcNow() };
            inbox.ReceiveCount++;
            var continueProcessing = true;
            while (continueProcessing)
            {
                var pass = new ModuleOutboxConsumeContext<TContext, T>(context, options, provider, db, inbox, keys, clock);
                await next.Send(pass);
                continueProcessing = pass.ContinueProcessing;
            }

            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch
        {
            await RollBackQuietlyAsync(transaction);
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
    }

    // A compiled query belongs to one model, and a model to one provider: one per model, so a process that holds the
    // same context on two providers (the tests do) never runs a query compiled for the other.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, Func<TContext, Guid, Guid, Task<InboxState?>>> InboxQueries = [];

    private static Task<InboxState?> FindInbox(TContext db, Guid messageId, Guid consumerId) =>
        InboxQueries.GetValue(db.Model, static _ => EF.CompileAsyncQuery(
            (TContext context, Guid message, Guid consumer) =>
                context.Set<InboxState>().SingleOrDefault(i => i.MessageId == message && i.ConsumerId == consumer)))(db, messageId, consumerId);

    public void Probe(ProbeContext context) => context.CreateScope("moduleOutbox").Add("context", typeof(TContext).Name);

    private static async Task RollBackQuietlyAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            // The connection is gone; the server rolls the transaction back itself.
        }
    }
}

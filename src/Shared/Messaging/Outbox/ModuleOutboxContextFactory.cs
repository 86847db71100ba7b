using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Messaging.Scheduling;
using MassTransit;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// The inbox: a message runs its consumer once per consumer, whatever the broker redelivers. In one transaction
/// the inbox row is locked (or inserted: a concurrent duplicate then waits on the unique key and fails, and its
/// retry finds the message consumed), the consumer runs, its effects, its outgoing messages and the inbox row are
/// saved, and the transaction commits. Read committed plus the explicit row lock: no serialization failures (40001).
/// </summary>
internal sealed class ModuleOutboxContextFactory<TContext>(TContext db, IServiceProvider provider, TimeProvider clock)
    : IOutboxContextFactory<TContext>
    where TContext : ModuleDbContext
{
    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        var messageId = context.GetOriginalMessageId() ?? throw new MessageException(typeof(T), "The inbox needs a MessageId.");
        context.AddOrUpdatePayload(() => new ModuleUnitOfWork(db), _ => new ModuleUnitOfWork(db));
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        try
        {
            var inbox = await InboxLock.LoadAsync(db, messageId, options.ConsumerId, context.CancellationToken);
            if (inbox is null)
            {
                inbox = new InboxState { MessageId = messageId, ConsumerId = options.ConsumerId, ReceivedAt = clock.GetUtcNow() };
                db.Set<InboxState>().Add(inbox);
                await db.SaveChangesAsync(context.CancellationToken);
            }

            inbox.ReceiveCount++;
            var continueProcessing = true;
            while (continueProcessing)
            {
                var pass = new ModuleOutboxConsumeContext<TContext, T>(context, options, provider, db, inbox, clock);
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
    }

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

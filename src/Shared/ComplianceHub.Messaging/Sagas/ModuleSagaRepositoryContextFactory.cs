using MassTransit.Saga;

namespace ComplianceHub.Shared.Messaging.Sagas;

/// <summary>
/// Saga instances in their module's database with optimistic concurrency (<see cref="ISagaVersion"/> as the
/// concurrency token). Inside the outbox consume pipe the instance, the inbox row and every message the saga sends
/// or schedules share one transaction; a conflict rolls it back and the message is retried in a new scope.
/// </summary>
public sealed class ModuleSagaRepositoryContextFactory<TContext, TSaga>(
    TContext db, ISagaConsumeContextFactory<TContext, TSaga> consumeContextFactory) : ISagaRepositoryContextFactory<TSaga>
    where TContext : ModuleDbContext
    where TSaga : class, ISagaVersion
{
    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class =>
        InTransactionAsync(context, () => next.Send(new ModuleSagaRepositoryContext<TContext, TSaga, T>(db, context, consumeContextFactory)));

    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class =>
        InTransactionAsync(context, async () =>
        {
            var instances = await db.Set<TSaga>().Where(query.FilterExpression).ToListAsync(context.CancellationToken);
            var repositoryContext = new ModuleSagaRepositoryContext<TContext, TSaga, T>(db, context, consumeContextFactory);
            await next.Send(new LoadedSagaRepositoryQueryContext<TSaga, T>(repositoryContext, instances));
        });

    public void Probe(ProbeContext context) => context.CreateScope("moduleSagaRepository").Add("context", typeof(TContext).Name);

    /// <summary>Joins the inbox transaction when there is one (the normal case); otherwise owns a transaction.</summary>
    private async Task InTransactionAsync(ConsumeContext context, Func<Task> work)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        try
        {
            await work();
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }
    }
}

using MassTransit.Saga;

namespace ComplianceHub.Shared.Messaging.Sagas;

/// <summary>Backs MassTransit's <c>IQuerySagaRepository</c> / <c>ILoadSagaRepository</c> for a module's saga.</summary>
public sealed class ModuleSagaQueryContextFactory<TContext, TSaga>(TContext db)
    : IQuerySagaRepositoryContextFactory<TSaga>, ILoadSagaRepositoryContextFactory<TSaga>
    where TContext : ModuleDbContext
    where TSaga : class, ISaga
{
    public Task<T> Execute<T>(Func<QuerySagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class =>
        asyncMethod(new ModuleSagaQueryContext<TContext, TSaga>(db, cancellationToken));

    public Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class =>
        asyncMethod(new ModuleSagaQueryContext<TContext, TSaga>(db, cancellationToken));

    public void Probe(ProbeContext context) => context.CreateScope("moduleSagaQueries").Add("context", typeof(TContext).Name);
}

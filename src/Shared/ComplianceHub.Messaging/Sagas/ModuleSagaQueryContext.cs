using MassTransit.Middleware;
using MassTransit.Saga;

namespace ComplianceHub.Shared.Messaging.Sagas;

/// <summary>Read-only access to saga instances outside a message (queries, operators, tests): no tracking, no locks.</summary>
internal sealed class ModuleSagaQueryContext<TContext, TSaga>(TContext db, CancellationToken cancellationToken)
    : BasePipeContext(cancellationToken), QuerySagaRepositoryContext<TSaga>, LoadSagaRepositoryContext<TSaga>
    where TContext : ModuleDbContext
    where TSaga : class, ISaga
{
    public async Task<SagaRepositoryQueryContext<TSaga>> Query(ISagaQuery<TSaga> query, CancellationToken cancellationToken = default)
    {
        var ids = await db.Set<TSaga>().AsNoTracking().Where(query.FilterExpression).Select(s => s.CorrelationId).ToListAsync(cancellationToken);
        return new DefaultSagaRepositoryQueryContext<TSaga>(this, ids);
    }

    public Task<TSaga> Load(Guid correlationId) =>
        db.Set<TSaga>().AsNoTracking().SingleOrDefaultAsync(s => s.CorrelationId == correlationId, CancellationToken)!;
}

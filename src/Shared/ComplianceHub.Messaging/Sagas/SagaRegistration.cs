using MassTransit.Configuration;
using MassTransit.Saga;

namespace ComplianceHub.Shared.Messaging.Sagas;

public static class SagaRegistration
{
    /// <summary>Registers a state machine saga persisted in its module's database (never the in-memory repository).</summary>
    public static ISagaRegistrationConfigurator<TState> AddModuleSagaStateMachine<TStateMachine, TState, TContext>(this IBusRegistrationConfigurator bus)
        where TStateMachine : class, SagaStateMachine<TState>
        where TState : class, SagaStateMachineInstance, ISagaVersion
        where TContext : ModuleDbContext =>
        bus.AddSagaStateMachine<TStateMachine, TState>().Repository(r =>
        {
            r.RegisterSagaRepository<TState, TContext, SagaConsumeContextFactory<TContext, TState>, ModuleSagaRepositoryContextFactory<TContext, TState>>();
            r.RegisterQuerySagaRepository<TState, ModuleSagaQueryContextFactory<TContext, TState>>();
            r.RegisterLoadSagaRepository<TState, ModuleSagaQueryContextFactory<TContext, TState>>();
        });

    /// <summary>Maps a saga state: key, optimistic concurrency on Version, state name as text.</summary>
    public static void MapSagaState<TState>(this ModelBuilder model, string table)
        where TState : class, SagaStateMachineInstance, ISagaVersion =>
        model.Entity<TState>(e =>
        {
            e.ToTable(table);
            e.HasKey(s => s.CorrelationId);
            e.Property(s => s.CorrelationId).ValueGeneratedNever();
            e.Property(s => s.Version).IsConcurrencyToken();
        });
}

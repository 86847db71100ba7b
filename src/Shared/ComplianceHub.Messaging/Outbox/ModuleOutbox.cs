using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging.Scheduling;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using MassTransit.Scheduling;
using MassTransit.Transports;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>MassTransit builds the complete send context (topology, serializer, headers); we store it instead of sending.</summary>
internal sealed class ModuleOutbox<TContext>(TContext db, IBus bus, IServiceProvider services, MessageKeyRing keys, TimeProvider clock)
    : IModuleOutbox<TContext>, OutboxSendContext
    where TContext : ModuleDbContext
{
    public IPublishEndpoint PublishEndpoint => new PublishEndpoint(new OutboxPublishEndpointProvider(this, bus));

    public ISendEndpointProvider SendEndpointProvider => new OutboxSendEndpointProvider(this, bus);

    public IMessageScheduler Scheduler => new MessageScheduler(new ModuleScheduleMessageProvider(SendEndpointProvider, db), bus.Topology);

    public Task AddSend<T>(SendContext<T> context)
        where T : class
    {
        db.Set<OutboxMessage>().Add(OutboxRows.From(context, keys, clock.GetUtcNow()));
        return Task.CompletedTask;
    }

    public object? GetService(Type serviceType) => services.GetService(serviceType);
}

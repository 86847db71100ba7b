namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// Publishes and sends through a module's transactional outbox outside a consumer (API endpoints, jobs): the
/// messages are stored by the module's next <c>SaveChanges</c>, in the same transaction as its other changes, and
/// reach the broker only after commit. Inside a consumer, <see cref="ConsumeContext"/> already goes through the outbox.
/// </summary>
public interface IModuleOutbox<TContext>
    where TContext : ModuleDbContext
{
    IPublishEndpoint PublishEndpoint { get; }

    ISendEndpointProvider SendEndpointProvider { get; }

    /// <summary>Durable timers stored with the same unit of work (delivered when due, cancellable by token).</summary>
    IMessageScheduler Scheduler { get; }
}

using System.Collections.Concurrent;
using System.Reflection;
using MassTransit.Configuration;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// Puts MassTransit's outbox consume filter in front of every consumer and saga of an endpoint, bound to the DbContext
/// of the module the consumer belongs to (its assembly), so a consumer's effects, inbox row and outgoing messages share
/// one transaction in its own module's schema.
/// </summary>
internal sealed class ModuleOutboxEndpointObserver(
    IReceiveEndpointConfigurator endpoint,
    IRegistrationContext registration,
    IReadOnlyDictionary<Assembly, Type> contextByAssembly) : IConsumerConfigurationObserver, ISagaConfigurationObserver
{
    private readonly ConcurrentDictionary<Type, object> _observers = new();

    public void ConsumerConfigured<TConsumer>(IConsumerConfigurator<TConsumer> configurator)
        where TConsumer : class
    {
    }

    public void ConsumerMessageConfigured<TConsumer, TMessage>(IConsumerMessageConfigurator<TConsumer, TMessage> configurator)
        where TConsumer : class
        where TMessage : class =>
        (ObserverFor(typeof(TConsumer)) as IConsumerConfigurationObserver)?.ConsumerMessageConfigured(configurator);

    public void SagaConfigured<TSaga>(ISagaConfigurator<TSaga> configurator)
        where TSaga : class, ISaga
    {
    }

    public void StateMachineSagaConfigured<TInstance>(ISagaConfigurator<TInstance> configurator, SagaStateMachine<TInstance> stateMachine)
        where TInstance : class, ISaga, SagaStateMachineInstance
    {
    }

    public void SagaMessageConfigured<TSaga, TMessage>(ISagaMessageConfigurator<TSaga, TMessage> configurator)
        where TSaga : class, ISaga
        where TMessage : class =>
        (ObserverFor(typeof(TSaga)) as ISagaConfigurationObserver)?.SagaMessageConfigured(configurator);

    private object? ObserverFor(Type consumerType) =>
        contextByAssembly.TryGetValue(consumerType.Assembly, out var contextType)
            ? _observers.GetOrAdd(contextType, Create)
            : null;

    private object Create(Type contextType)
    {
        var observerType = typeof(OutboxConsumePipeSpecificationObserver<>).MakeGenericType(contextType);
        var observer = Activator.CreateInstance(observerType, endpoint, registration)!;
        // Nothing is delivered from the consume pipe (the dispatcher delivers), so one load per pass is plenty.
        ((IOutboxOptionsConfigurator)observer).MessageDeliveryLimit = 1;
        return observer;
    }
}

using MassTransit.Configuration;

namespace ComplianceHub.Security.Tests.Ordering;

/// <summary>
/// A filter a test puts on the evaluation endpoint, where MassTransit's outbox filter goes too and (connected before the
/// host's observers) just in front of it: behind every endpoint-wide filter, the partitioner of an ordered endpoint
/// among them, and outside the module's transaction (a hold inside it would keep SQLite's write lock and serialise
/// every evaluation). Register it as an <see cref="IConfigureReceiveEndpoint"/>.
/// </summary>
internal abstract class EvaluationEndpointFilter : IConfigureReceiveEndpoint, IConsumerConfigurationObserver, IFilter<ConsumeContext<EvaluateSecurityEvents>>
{
    public void Configure(string name, IReceiveEndpointConfigurator configurator)
    {
        if (name == SecurityEventsEvaluationConsumer.Endpoint)
        {
            configurator.ConnectConsumerConfigurationObserver(this);
        }
    }

    public void ConsumerConfigured<TConsumer>(IConsumerConfigurator<TConsumer> configurator)
        where TConsumer : class
    {
    }

    public void ConsumerMessageConfigured<TConsumer, TMessage>(IConsumerMessageConfigurator<TConsumer, TMessage> configurator)
        where TConsumer : class
        where TMessage : class
    {
        if (this is IFilter<ConsumeContext<TMessage>> filter && configurator is IConsumerMessageConfigurator<TMessage> message)
        {
            message.AddPipeSpecification(new FilterPipeSpecification<ConsumeContext<TMessage>>(filter));
        }
    }

    public abstract Task Send(ConsumeContext<EvaluateSecurityEvents> evaluation, IPipe<ConsumeContext<EvaluateSecurityEvents>> next);

    public void Probe(ProbeContext context) => context.CreateFilterScope(GetType().Name);
}

using ComplianceHub.Security.Evaluation;
using MassTransit;
using MassTransit.Configuration;

namespace ComplianceHub.Security.Tests.CatchUp;

/// <summary>
/// On the evaluation endpoint, in front of the consumer (behind the ordered endpoint's partitioner): the first
/// evaluation waits until <see cref="Open"/>, so the later ones of its source queue up behind it.
/// </summary>
internal sealed class FirstEvaluationGate : IConfigureReceiveEndpoint, IConsumerConfigurationObserver, IFilter<ConsumeContext<EvaluateSecurityEvents>>
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _seen;

    /// <summary>Completes once the first evaluation is waiting at the gate.</summary>
    public Task FirstArrived => _firstArrived.Task;

    public void Open() => _open.TrySetResult();

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

    public async Task Send(ConsumeContext<EvaluateSecurityEvents> evaluation, IPipe<ConsumeContext<EvaluateSecurityEvents>> next)
    {
        if (Interlocked.Increment(ref _seen) == 1)
        {
            _firstArrived.TrySetResult();
            await _open.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        await next.Send(evaluation);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("firstEvaluationGate");
}

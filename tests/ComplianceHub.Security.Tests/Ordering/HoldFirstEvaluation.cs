using System.Collections.Concurrent;
using ComplianceHub.Security.Evaluation;
using MassTransit;
using MassTransit.Configuration;

namespace ComplianceHub.Security.Tests.Ordering;

/// <summary>
/// On the evaluation endpoint, inside whatever the host puts in front of the consumer (the partitioner of an ordered
/// endpoint among it): the first evaluation of each source yields until a later evaluation of that source has
/// finished, or <see cref="Hold"/> has passed. Where one source's evaluations may run side by side the later one
/// finishes first and so overtakes; where they are ordered it waits behind the held one. Records the order in which
/// each source's evaluations finished, by the first event id of each.
/// </summary>
internal sealed class HoldFirstEvaluation : IConfigureReceiveEndpoint, IConsumerConfigurationObserver, IFilter<ConsumeContext<EvaluateSecurityEvents>>
{
    public static readonly TimeSpan Hold = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _laterFinished = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, ConcurrentQueue<Guid>> Finished { get; } = new(StringComparer.Ordinal);

    public void Configure(string name, IReceiveEndpointConfigurator configurator)
    {
        if (name == SecurityEventsEvaluationConsumer.Endpoint)
        {
            // Where MassTransit's outbox filter goes too, and (connected before the host's observers) just in front of
            // it: behind every endpoint-wide filter, the partitioner of an ordered endpoint among them, and outside the
            // module's transaction (a hold inside it would keep SQLite's write lock and serialise every evaluation).
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
        var source = evaluation.Message.Source;
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var later = _laterFinished.GetOrAdd(source, mine);
        var first = ReferenceEquals(later, mine);
        if (first)
        {
            await Task.WhenAny(later.Task, Task.Delay(Hold));
        }

        await next.Send(evaluation);
        Finished.GetOrAdd(source, _ => new ConcurrentQueue<Guid>()).Enqueue(evaluation.Message.EventIds[0]);
        if (!first)
        {
            later.TrySetResult();
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("holdFirstEvaluation");
}

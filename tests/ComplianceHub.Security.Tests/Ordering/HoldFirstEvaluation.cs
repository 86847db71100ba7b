using System.Collections.Concurrent;

namespace ComplianceHub.Security.Tests.Ordering;

/// <summary>
/// On the evaluation endpoint, inside whatever the host puts in front of the consumer (the partitioner of an ordered
/// endpoint among it): the first evaluation of each source yields until a later evaluation of that source has
/// finished, or <see cref="Hold"/> has passed. Where one source's evaluations may run side by side the later one
/// finishes first and so overtakes; where they are ordered it waits behind the held one. Records the order in which
/// each source's evaluations finished, by the first event id of each.
/// </summary>
internal sealed class HoldFirstEvaluation : EvaluationEndpointFilter
{
    public static readonly TimeSpan Hold = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _laterFinished = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, ConcurrentQueue<Guid>> Finished { get; } = new(StringComparer.Ordinal);

    public override async Task Send(ConsumeContext<EvaluateSecurityEvents> evaluation, IPipe<ConsumeContext<EvaluateSecurityEvents>> next)
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
}

using ComplianceHub.Security.Tests.Ordering;

namespace ComplianceHub.Security.Tests.CatchUp;

/// <summary>
/// On the evaluation endpoint, in front of the consumer (behind the ordered endpoint's partitioner): the first
/// evaluation waits until <see cref="Open"/>, so the later ones of its source queue up behind it.
/// </summary>
internal sealed class FirstEvaluationGate : EvaluationEndpointFilter
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _seen;

    /// <summary>Completes once the first evaluation is waiting at the gate.</summary>
    public Task FirstArrived => _firstArrived.Task;

    public void Open() => _open.TrySetResult();

    public override async Task Send(ConsumeContext<EvaluateSecurityEvents> evaluation, IPipe<ConsumeContext<EvaluateSecurityEvents>> next)
    {
        if (Interlocked.Increment(ref _seen) == 1)
        {
            _firstArrived.TrySetResult();
            await _open.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        await next.Send(evaluation);
    }
}

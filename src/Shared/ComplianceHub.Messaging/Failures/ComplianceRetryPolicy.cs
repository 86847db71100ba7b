namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>
/// MassTransit retry policy on our schedule: permanent failures are not retried; transient ones wait per
/// <see cref="RetryOptions"/> (backoff, jitter, cap); conflicts are retried soon on a budget of their own. Every failed
/// attempt is recorded in the message's <see cref="RetryHistory"/>.
/// </summary>
internal sealed class ComplianceRetryPolicy(RetryOptions options, TimeProvider clock) : IRetryPolicy
{
    public RetryPolicyContext<T> CreatePolicyContext<T>(T context)
        where T : class, PipeContext => new ComplianceRetryPolicyContext<T>(this, context);

    public bool IsHandled(Exception exception) => FailureClassifier.Classify(exception) != FailureKind.Permanent;

    public void Probe(ProbeContext context) =>
        context.Set(new { Policy = "ComplianceHub", options.Strategy, options.Limit, options.BaseDelay, options.MaxDelay, options.Jitter, options.ConflictLimit });

    /// <summary>
    /// Decides after a failure: the delay before the next attempt, or null when the failure is permanent or its
    /// budget is spent. Records the attempt either way.
    /// </summary>
    internal TimeSpan? Decide(PipeContext context, Exception exception, RetryBudget budget)
    {
        var kind = FailureClassifier.Classify(exception);
        TimeSpan? delay = kind switch
        {
            FailureKind.Transient when budget.Transient < options.Limit =>
                Delay(options.Strategy, ++budget.Transient, options.BaseDelay, options.MaxDelay),
            FailureKind.Conflict when budget.Conflicts < options.ConflictLimit =>
                Delay(RetryStrategy.Exponential, ++budget.Conflicts, options.ConflictBaseDelay, options.ConflictMaxDelay),
            _ => null,
        };
        if (context is ConsumeContext consume)
        {
            consume.ReceiveContext.GetOrAddPayload(() => new RetryHistory()).Record(clock.GetUtcNow(), kind, exception, delay);
        }

        return delay;
    }

    private TimeSpan Delay(RetryStrategy strategy, int retry, TimeSpan baseDelay, TimeSpan max) =>
        RetryDelays.Jittered(RetryDelays.Nominal(strategy, retry, baseDelay, max), options.Jitter, max, Random.Shared.NextDouble());
}

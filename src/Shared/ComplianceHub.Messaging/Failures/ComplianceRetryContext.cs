namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>One failed attempt and what follows it: the delay before the next one, if any.</summary>
internal sealed class ComplianceRetryContext<TContext> : RetryContext<TContext>
    where TContext : class, PipeContext
{
    private readonly ComplianceRetryPolicy _policy;
    private readonly RetryBudget _budget;

    private ComplianceRetryContext(ComplianceRetryPolicy policy, TContext context, Exception exception, RetryBudget budget, int retryCount, TimeSpan? delay)
    {
        _policy = policy;
        _budget = budget;
        Context = context;
        Exception = exception;
        RetryCount = retryCount;
        Delay = delay;
    }

    public TContext Context { get; }

    public CancellationToken CancellationToken => Context.CancellationToken;

    public Exception Exception { get; }

    public int RetryAttempt => RetryCount + 1;

    public int RetryCount { get; }

    public TimeSpan? Delay { get; }

    public Type ContextType => typeof(TContext);

    /// <summary>Records the failure and builds the context of the retry that follows, when there is one.</summary>
    public static bool Next(ComplianceRetryPolicy policy, TContext context, Exception exception, RetryBudget budget, int retryCount, out RetryContext<TContext> next)
    {
        var delay = policy.Decide(context, exception, budget);
        next = new ComplianceRetryContext<TContext>(policy, context, exception, budget, retryCount, delay);
        return delay is not null && !context.CancellationToken.IsCancellationRequested;
    }

    public bool CanRetry(Exception exception, out RetryContext<TContext> retryContext) =>
        Next(_policy, Context, exception, _budget, RetryCount + 1, out retryContext);

    public Task PreRetry() => Task.CompletedTask;

    public Task RetryFaulted(Exception exception) => Task.CompletedTask;
}

namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>The retry state of one message: its budget, and a token that stops waiting when the consume is cancelled.</summary>
internal sealed class ComplianceRetryPolicyContext<TContext>(ComplianceRetryPolicy policy, TContext context) : RetryPolicyContext<TContext>
    where TContext : class, PipeContext
{
    private readonly RetryBudget _budget = new();

    public TContext Context => context;

    public bool CanRetry(Exception exception, out RetryContext<TContext> retryContext) =>
        ComplianceRetryContext<TContext>.Next(policy, context, exception, _budget, 0, out retryContext);

    public Task RetryFaulted(Exception exception) => Task.CompletedTask;

    public void Cancel()
    {
    }

    public void Dispose()
    {
    }
}

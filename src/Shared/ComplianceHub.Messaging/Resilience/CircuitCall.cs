namespace ComplianceHub.Shared.Resilience;

/// <summary>One call admitted by a breaker; report exactly one outcome.</summary>
public sealed class CircuitCall
{
    private readonly CircuitBreaker _breaker;
    private readonly bool _trial;
    private int _done;

    internal CircuitCall(CircuitBreaker breaker, bool trial)
    {
        _breaker = breaker;
        _trial = trial;
    }

    public void Succeeded()
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            _breaker.Record(_trial, failed: false, failure: null);
        }
    }

    /// <summary>A permanent failure (the dependency answered, the request was wrong) counts as an answer, not as a failure.</summary>
    public void Failed(Exception exception)
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            var failed = CircuitBreaker.CountsAsFailure(exception);
            _breaker.Record(_trial, failed, failed ? exception.GetType().Name : null);
        }
    }

    /// <summary>The caller gave up (cancelled) before an outcome: nothing is learnt about the dependency.</summary>
    public void Abandoned()
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            _breaker.Release(_trial);
        }
    }
}

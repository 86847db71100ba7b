namespace ComplianceHub.Shared.Resilience;

/// <summary>A call was rejected because its dependency's breaker is open; a transient failure, retried later.</summary>
public sealed class CircuitOpenException : Exception
{
    public CircuitOpenException()
    {
    }

    public CircuitOpenException(string message)
        : base(message)
    {
    }

    public CircuitOpenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CircuitOpenException(string breaker, TimeSpan? retryAfter)
        : base($"Circuit breaker '{breaker}' is open; calls are rejected" + (retryAfter is { } wait ? $" for another {wait.TotalSeconds:F0} s." : " until an operator closes it."))
    {
        Breaker = breaker;
        RetryAfter = retryAfter;
    }

    public string? Breaker { get; }

    public TimeSpan? RetryAfter { get; }
}

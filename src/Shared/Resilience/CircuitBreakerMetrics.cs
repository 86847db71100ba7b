using System.Diagnostics.Metrics;

namespace ComplianceHub.Shared.Resilience;

/// <summary>State per breaker (0 closed, 1 half-open, 2 open) and a count of transitions, for <c>/metrics</c>.</summary>
public sealed class CircuitBreakerMetrics : IDisposable
{
    public const string MeterName = "ComplianceHub.Resilience";
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _transitions;

    public CircuitBreakerMetrics(CircuitBreakerRegistry registry)
    {
        _transitions = _meter.CreateCounter<long>("compliancehub.circuit_breaker.transitions", "{transition}", "State changes of circuit breakers.");
        _meter.CreateObservableGauge("compliancehub.circuit_breaker.state",
            () => registry.All.Select(b => new Measurement<int>(Code(b.State), new KeyValuePair<string, object?>("breaker", b.Name))),
            description: "0 closed, 1 half-open, 2 open.");
        registry.AddListener(t => _transitions.Add(1,
            new KeyValuePair<string, object?>("breaker", t.Breaker),
            new KeyValuePair<string, object?>("from", t.From.ToString()),
            new KeyValuePair<string, object?>("to", t.To.ToString())));
    }

    public void Dispose() => _meter.Dispose();

    private static int Code(CircuitState state) => state switch
    {
        CircuitState.Closed => 0,
        CircuitState.HalfOpen => 1,
        _ => 2,
    };
}

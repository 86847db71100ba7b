using System.Diagnostics.Metrics;

namespace ComplianceHub.Shared.Resilience;

/// <summary>
/// Breaker state and transitions for <c>/metrics</c>, labelled by category only: the breaker name up to its first
/// <c>:</c> (<c>broker</c>, <c>smtp</c>, <c>sms</c>, <c>webhook</c>). A webhook breaker is named after its subscription,
/// and <c>/metrics</c> is scraped without authentication: a subscription id there would tell who subscribes to what
/// across organisations. Per-breaker detail is in <c>GET /api/v1/circuit-breakers</c>, behind its roles.
/// </summary>
public sealed class CircuitBreakerMetrics : IDisposable
{
    public const string MeterName = "ComplianceHub.Resilience";
    private static readonly CircuitState[] States = [CircuitState.Closed, CircuitState.HalfOpen, CircuitState.Open];
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _transitions;

    public CircuitBreakerMetrics(CircuitBreakerRegistry registry)
    {
        _transitions = _meter.CreateCounter<long>("compliancehub.circuit_breaker.transitions", "{transition}", "State changes of circuit breakers, per category.");
        _meter.CreateObservableGauge("compliancehub.circuit_breaker.state",
            () => registry.All.GroupBy(b => Category(b.Name), StringComparer.Ordinal)
                .Select(g => new Measurement<int>(g.Max(b => Code(b.State)), new KeyValuePair<string, object?>("breaker", g.Key))),
            description: "The worst state of a category's breakers: 0 closed, 1 half-open, 2 open.");
        _meter.CreateObservableGauge("compliancehub.circuit_breaker.count",
            () => registry.All.GroupBy(b => Category(b.Name), StringComparer.Ordinal)
                .SelectMany(g => States.Select(s => new Measurement<int>(g.Count(b => b.State == s),
                    new KeyValuePair<string, object?>("breaker", g.Key), new KeyValuePair<string, object?>("state", s.ToString())))),
            "{breaker}", "Breakers of a category in each state.");
        registry.AddListener(t => _transitions.Add(1,
            new KeyValuePair<string, object?>("breaker", Category(t.Breaker)),
            new KeyValuePair<string, object?>("from", t.From.ToString()),
            new KeyValuePair<string, object?>("to", t.To.ToString())));
    }

    public void Dispose() => _meter.Dispose();

    /// <summary>A fixed category: <c>webhook:{subscriptionId}</c> → <c>webhook</c>.</summary>
    public static string Category(string breaker) => breaker.Split(':', 2)[0];

    private static int Code(CircuitState state) => state switch
    {
        CircuitState.Closed => 0,
        CircuitState.HalfOpen => 1,
        _ => 2,
    };
}

namespace ComplianceHub.Shared.Resilience;

/// <summary>Bound from <c>Resilience:CircuitBreakers</c>: defaults for every breaker, and overrides by breaker name.</summary>
public sealed class CircuitBreakerOptions : IValidatedOptions
{
    public const string Section = "Resilience:CircuitBreakers";

    public CircuitBreakerSettings Defaults { get; set; } = new();

    /// <summary>Per breaker (e.g. <c>Resilience:CircuitBreakers:Breakers:smtp:FailureThreshold</c>); unset keys take the defaults.</summary>
    public Dictionary<string, CircuitBreakerSettings> Breakers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>State transitions each breaker keeps for <c>GET /api/v1/circuit-breakers</c>.</summary>
    public int HistoryLimit { get; set; } = 50;

    public CircuitBreakerSettings For(string name) => Breakers.TryGetValue(name, out var settings) ? settings : Defaults;

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            .. Defaults.Validate($"{section}:Defaults"),
            .. Breakers.SelectMany(b => b.Value.Validate($"{section}:Breakers:{b.Key}")),
            ConfigurationChecks.InRange($"{section}:HistoryLimit", HistoryLimit, 1, 10_000),
        ];
        return errors.OfType<string>();
    }
}

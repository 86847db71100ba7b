namespace ComplianceHub.Shared.Resilience;

/// <summary>The thresholds of one breaker (defaults, or the overrides of one dependency).</summary>
public sealed class CircuitBreakerSettings
{
    /// <summary>Failures inside the window that open the breaker…</summary>
    public int FailureThreshold { get; set; } = 5;

    /// <summary>…provided at least this many calls were made in the window.</summary>
    public int MinimumThroughput { get; set; } = 10;

    public TimeSpan SamplingWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open breaker rejects calls before it lets trial calls through.</summary>
    public TimeSpan RecoveryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Trial calls admitted at once while half-open.</summary>
    public int HalfOpenTrialCalls { get; set; } = 3;

    /// <summary>Successful trial calls that close a half-open breaker.</summary>
    public int SuccessesToClose { get; set; } = 3;

    public IEnumerable<string?> Validate(string section) =>
    [
        ConfigurationChecks.InRange($"{section}:FailureThreshold", FailureThreshold, 1, 100_000),
        ConfigurationChecks.InRange($"{section}:MinimumThroughput", MinimumThroughput, 1, 100_000),
        ConfigurationChecks.InRange($"{section}:HalfOpenTrialCalls", HalfOpenTrialCalls, 1, 1_000),
        ConfigurationChecks.InRange($"{section}:SuccessesToClose", SuccessesToClose, 1, 1_000),
        ConfigurationChecks.Positive($"{section}:SamplingWindow", SamplingWindow),
        ConfigurationChecks.Positive($"{section}:RecoveryTimeout", RecoveryTimeout),
        MinimumThroughput < FailureThreshold ? $"{section}:MinimumThroughput must be at least {section}:FailureThreshold." : null,
    ];
}

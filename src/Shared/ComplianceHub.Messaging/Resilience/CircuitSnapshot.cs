namespace ComplianceHub.Shared.Resilience;

/// <summary>A breaker as <c>GET /api/v1/circuit-breakers</c> shows it; history newest first.</summary>
public sealed record CircuitSnapshot(
    string Name,
    CircuitState State,
    bool Forced,
    int CallsInWindow,
    int FailuresInWindow,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? TrialsFrom,
    CircuitBreakerSettings Settings,
    IReadOnlyList<CircuitTransition> History);

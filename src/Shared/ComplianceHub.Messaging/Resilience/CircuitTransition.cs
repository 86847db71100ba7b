namespace ComplianceHub.Shared.Resilience;

/// <summary>One change of a breaker's state: why, when, and who (an operator, or null when automatic).</summary>
public sealed record CircuitTransition(string Breaker, CircuitState From, CircuitState To, DateTimeOffset At, string Reason, string? Operator);

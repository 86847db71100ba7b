namespace ComplianceHub.Shared.Resilience;

public enum CircuitState
{
    /// <summary>Calls pass; failures are counted in the sliding window.</summary>
    Closed,

    /// <summary>Calls are rejected at once until the recovery timeout has passed (or an operator closes it).</summary>
    Open,

    /// <summary>A limited number of trial calls pass; enough successes close it, one failure opens it again.</summary>
    HalfOpen,
}

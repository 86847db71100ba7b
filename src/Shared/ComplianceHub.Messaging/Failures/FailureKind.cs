namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>What a failure says about trying again.</summary>
public enum FailureKind
{
    /// <summary>The dependency may work a moment later (network, timeouts, broker or database unavailable, HTTP 5xx/408/429).</summary>
    Transient,

    /// <summary>A lost race inside our own database (optimistic concurrency, duplicate key): retried at once, with its own budget.</summary>
    Conflict,

    /// <summary>Trying again cannot help (validation, authorization, deserialization, signature, HTTP 4xx): dead-lettered at once.</summary>
    Permanent,
}

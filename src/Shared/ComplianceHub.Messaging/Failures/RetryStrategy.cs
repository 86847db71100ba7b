namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>How the delay before a retry grows with the retry number.</summary>
public enum RetryStrategy
{
    /// <summary>base × 2^(n−1): 1 s, 2 s, 4 s, …</summary>
    Exponential,

    /// <summary>base × n: 1 s, 2 s, 3 s, …</summary>
    Linear,

    /// <summary>base every time.</summary>
    Fixed,
}

namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>The delay arithmetic of a retry schedule: nominal delay, capped, then jittered without passing the cap.</summary>
public static class RetryDelays
{
    /// <summary>The delay before retry number <paramref name="retry"/> (1 for the first retry), before jitter, capped at <paramref name="max"/>.</summary>
    public static TimeSpan Nominal(RetryStrategy strategy, int retry, TimeSpan baseDelay, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var factor = strategy switch
        {
            RetryStrategy.Exponential => Math.Pow(2, Math.Min(retry - 1, 62)),
            RetryStrategy.Linear => retry,
            RetryStrategy.Fixed => 1,
            _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, null),
        };
        var ticks = Math.Min(baseDelay.Ticks * factor, max.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>
    /// <paramref name="nominal"/> moved by up to ±<paramref name="jitter"/> of itself (0.1 = ±10 %), so many consumers
    /// failing together do not retry in lockstep; never above <paramref name="max"/>.
    /// </summary>
    /// <param name="unit">A uniform sample in [0, 1).</param>
    public static TimeSpan Jittered(TimeSpan nominal, double jitter, TimeSpan max, double unit)
    {
        var offset = (unit * 2 - 1) * jitter;
        var ticks = Math.Min(nominal.Ticks * (1 + offset), max.Ticks);
        return TimeSpan.FromTicks(Math.Max(0, (long)ticks));
    }
}

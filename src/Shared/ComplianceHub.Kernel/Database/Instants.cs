namespace ComplianceHub.Shared.Database;

public static class Instants
{
    /// <summary>
    /// How far a caller's clock may run ahead of ours: an instant that must lie in the past ("sent at", "detected at",
    /// "received at") may be up to this much in the future before it is refused.
    /// </summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// UTC, truncated to whole microseconds: the finest instant every provider stores (PostgreSQL), so a value
    /// returned before and after a round trip through the database is the same.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}

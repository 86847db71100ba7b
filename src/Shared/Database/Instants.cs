namespace ComplianceHub.Shared.Database;

public static class Instants
{
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

namespace ComplianceHub.Security.Rules;

internal static class RuleWindows
{
    /// <summary>True when a rule that last fired at <paramref name="lastFiredAt"/> may fire again for an event at <paramref name="at"/>.</summary>
    public static bool Quiet(DateTimeOffset at, DateTimeOffset? lastFiredAt, TimeSpan window) =>
        lastFiredAt is not { } last || at >= last + window;

    /// <summary>The start of the UTC clock hour holding <paramref name="at"/>.</summary>
    public static DateTimeOffset HourOf(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}

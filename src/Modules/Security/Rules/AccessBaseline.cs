namespace ComplianceHub.Security.Rules;

/// <summary>
/// A principal's trailing 7-day hourly baseline of records read: the records it read in the 168 complete UTC clock
/// hours before the hour in which the access window starts, divided by 168 (hours it read nothing count as zero).
/// The window's own hour is left out so a burst never raises its own baseline. Summed from the hourly rollup.
/// </summary>
internal static class AccessBaseline
{
    public const int Hours = 7 * 24;

    /// <summary>The hours [From, To) whose rollups make the baseline of a window starting at <paramref name="windowStart"/>.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Range(DateTimeOffset windowStart)
    {
        var to = RuleWindows.HourOf(windowStart);
        return (to.AddHours(-Hours), to);
    }

    public static double PerHour(long recordsInRange) => recordsInRange / (double)Hours;
}

namespace ComplianceHub.Security.Rules;

/// <summary>
/// Unusual access pattern: the records one principal read in the <see cref="RuleThresholds.AccessWindowMinutes"/>
/// ending with the event are more than <see cref="RuleThresholds.BaselineMultiplier"/> × its hourly baseline
/// (<see cref="AccessBaseline"/>), and at least <see cref="RuleThresholds.MinimumRecords"/> → Critical alert and a
/// potential breach (Art. 33: the Breaches module starts the clock). The 10-minute window is compared with the
/// baseline of a whole hour, unscaled: reading in 10 minutes five times what one usually reads in an hour is 30× the
/// usual rate, a deliberately quiet rule because each firing opens a breach. Once per window per principal.
/// </summary>
internal static class AccessPatternRule
{
    public const string Name = "UnusualAccessPattern";

    public static TimeSpan Window(RuleThresholds t) => TimeSpan.FromMinutes(t.AccessWindowMinutes);

    /// <summary>Whether the window is big enough to need the baseline at all (skips the baseline query for ordinary traffic).</summary>
    public static bool Candidate(long recordsInWindow, RuleThresholds t) => recordsInWindow >= t.MinimumRecords;

    public static bool Fires(long recordsInWindow, double baselinePerHour, DateTimeOffset occurredAt, DateTimeOffset? lastFiredAt, RuleThresholds t) =>
        Candidate(recordsInWindow, t)
        && recordsInWindow > t.BaselineMultiplier * baselinePerHour
        && RuleWindows.Quiet(occurredAt, lastFiredAt, Window(t));
}

namespace ComplianceHub.Security.Rules;

/// <summary>
/// Backups (Art. 32(1)(c): restore availability in a timely manner): a failed restore test → Medium alert; no
/// successful verification of a known system for <see cref="RuleThresholds.BackupVerificationMaxAgeDays"/> → Medium
/// alert from the scheduled check, once per stale period (a new success starts a new period).
/// </summary>
internal static class BackupRule
{
    public const string FailedName = "BackupRestoreFailed";
    public const string StaleName = "BackupVerificationOverdue";

    /// <summary>What staleness is measured from: the last success, else the first verification seen.</summary>
    public static DateTimeOffset? Reference(MonitoredSystemView system) => system.LastSuccessAt ?? system.FirstVerificationAt;

    /// <summary>
    /// Stale at <paramref name="now"/> when no success within the period (exactly the period is still in time), and
    /// not alerted yet for the same reference.
    /// </summary>
    public static bool Stale(MonitoredSystemView system, DateTimeOffset now, RuleThresholds t) =>
        Reference(system) is { } reference
        && now - reference > TimeSpan.FromDays(t.BackupVerificationMaxAgeDays)
        && system.StaleAlertedFor != reference;

    public static AlertPriority Priority => AlertPriority.Medium;
}

namespace ComplianceHub.Security.Rules;

/// <summary>
/// Repeated denials: at least <see cref="RuleThresholds.DeniedAttempts"/> Denied events for one principal within
/// <see cref="RuleThresholds.DeniedWindowMinutes"/> (the window ends at, and includes, the event) → High alert, once
/// per window: after firing, the rule stays quiet for that principal until a full window has passed.
/// </summary>
internal static class RepeatedDenialsRule
{
    public const string Name = "RepeatedDenials";

    public static TimeSpan Window(RuleThresholds t) => TimeSpan.FromMinutes(t.DeniedWindowMinutes);

    public static bool Fires(int deniedInWindow, DateTimeOffset occurredAt, DateTimeOffset? lastFiredAt, RuleThresholds t) =>
        deniedInWindow >= t.DeniedAttempts && RuleWindows.Quiet(occurredAt, lastFiredAt, Window(t));
}

using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.DataSubjectRequests;

/// <summary>Bound from <c>Modules:DataSubjectRequests</c>. The one-month period itself is law (Art. 12(3)) and not configurable.</summary>
public sealed class DataSubjectRequestsOptions : IValidatedOptions
{
    public const string Section = "Modules:DataSubjectRequests";

    /// <summary>Reminders to the DPO this long before the deadline: 7 days and 2 days.</summary>
    public static readonly TimeSpan[] DefaultReminderOffsets = [TimeSpan.FromDays(7), TimeSpan.FromDays(2)];

    /// <summary>How long before the deadline each reminder fires, earliest first; empty = the defaults.</summary>
    public TimeSpan[] ReminderOffsets { get; set; } = [];

    public IReadOnlyList<TimeSpan> Reminders => ReminderOffsets.Length == 0 ? DefaultReminderOffsets : ReminderOffsets;

    /// <summary>Stop the clock while information needed to identify the subject is awaited (Art. 12(6)); on by default.</summary>
    public bool PauseWhileIdentifying { get; set; } = true;

    /// <summary>How long request records are kept after the response (accountability, Art. 5(2)); then deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(3 * 365);

    /// <summary>How often the retention sweep runs.</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(6);

    public IEnumerable<string> Validate(string section)
    {
        for (var i = 0; i < Reminders.Count; i++)
        {
            if (Reminders[i] <= TimeSpan.Zero)
            {
                yield return $"{section}:ReminderOffsets:{i} must be a positive time before the deadline.";
            }
            else if (i > 0 && Reminders[i] >= Reminders[i - 1])
            {
                yield return $"{section}:ReminderOffsets:{i} must be closer to the deadline than the reminder before it.";
            }
        }

        if (ConfigurationChecks.Positive($"{section}:Retention", Retention) is { } retention)
        {
            yield return retention;
        }

        if (ConfigurationChecks.Interval($"{section}:RetentionSweepInterval", RetentionSweepInterval) is { } sweep)
        {
            yield return sweep;
        }
    }
}

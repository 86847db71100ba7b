using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Breaches;

/// <summary>Bound from <c>Modules:Breaches</c>. The 72-hour window itself is law (Art. 33(1)) and not configurable.</summary>
public sealed class BreachesOptions : IValidatedOptions
{
    public const string Section = "Modules:Breaches";

    /// <summary>The reminders before the deadline: 24 h, 48 h, 60 h and 70 h after awareness.</summary>
    public static readonly TimeSpan[] DefaultReminderOffsets =
        [TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromHours(60), TimeSpan.FromHours(70)];

    /// <summary>Elapsed time after awareness at which a reminder fires while the authority is not notified; empty = the defaults.</summary>
    public TimeSpan[] ReminderOffsets { get; set; } = [];

    /// <summary>The reminder offsets in force.</summary>
    public IReadOnlyList<TimeSpan> Reminders => ReminderOffsets.Length == 0 ? DefaultReminderOffsets : ReminderOffsets;

    /// <summary>A processor's "without undue delay" towards the controller (Art. 33(2)).</summary>
    public TimeSpan ControllerNotificationWithin { get; set; } = TimeSpan.FromHours(24);

    public IEnumerable<string> Validate(string section)
    {
        for (var i = 0; i < Reminders.Count; i++)
        {
            if (Reminders[i] <= TimeSpan.Zero || Reminders[i] >= AuthorityDeadline.Window)
            {
                yield return $"{section}:ReminderOffsets:{i} must be after awareness and before the 72-hour deadline.";
            }
            else if (i > 0 && Reminders[i] <= Reminders[i - 1])
            {
                yield return $"{section}:ReminderOffsets:{i} must be later than the reminder before it.";
            }
        }

        if (ConfigurationChecks.Positive($"{section}:ControllerNotificationWithin", ControllerNotificationWithin) is { } error)
        {
            yield return error;
        }
    }
}

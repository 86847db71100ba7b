using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>Bound from <c>Messaging:DeadLetters</c>: alerting and retention of the dead-letter store.</summary>
public sealed class DeadLetterOptions : IValidatedOptions
{
    public const string Section = "Messaging:DeadLetters";

    /// <summary>Live entries at which an operations alert is raised.</summary>
    public int AlertThreshold { get; set; } = 10;

    /// <summary>At most one alert per cooldown, however many entries arrive.</summary>
    public TimeSpan AlertCooldown { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often retention and the alert check run.</summary>
    public TimeSpan ProcessingInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Entries whose first failure is older are archived: out of the live store, still listed with <c>archived=true</c>.</summary>
    public int ArchiveAfterDays { get; set; } = 7;

    /// <summary>Entries whose first failure is older are deleted for good, archived or not.</summary>
    public int MaxRetentionDays { get; set; } = 30;

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.InRange($"{section}:AlertThreshold", AlertThreshold, 1, 1_000_000),
            ConfigurationChecks.Positive($"{section}:AlertCooldown", AlertCooldown),
            ConfigurationChecks.Interval($"{section}:ProcessingInterval", ProcessingInterval),
            ConfigurationChecks.InRange($"{section}:ArchiveAfterDays", ArchiveAfterDays, 1, 3_650),
            ConfigurationChecks.InRange($"{section}:MaxRetentionDays", MaxRetentionDays, 1, 3_650),
            ArchiveAfterDays > MaxRetentionDays ? $"{section}:ArchiveAfterDays must not exceed {section}:MaxRetentionDays." : null,
        ];
        return errors.OfType<string>();
    }
}

using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Audit;

/// <summary>Bound from <c>Audit</c>: how long the trail keeps its entries.</summary>
public sealed class AuditOptions : IValidatedOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// The trail must outlive at least one yearly audit cycle: it is how the controller demonstrates compliance
    /// (Art. 5(2)) and documents every breach (Art. 33(5)) to a supervisory authority asking later.
    /// </summary>
    public static readonly TimeSpan MinimumRetention = TimeSpan.FromDays(365);

    /// <summary>Entries older than this are deleted from the start of the chain; unset keeps them forever.</summary>
    public TimeSpan? Retention { get; set; }

    /// <summary>
    /// Whether every message sent to the broker, consumed or failed is recorded (<see cref="MessageAuditJournal"/>).
    /// On by default: the product promises it; off only for a measurement of the messaging path without it.
    /// </summary>
    public bool MessageEvents { get; set; } = true;

    /// <summary>How often the retention purge runs.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromDays(1);

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            Retention is { } retention && retention < MinimumRetention
                ? $"{section}:Retention must be at least {MinimumRetention.TotalDays:0} days, or unset to keep the trail forever (was {retention})."
                : null,
            ConfigurationChecks.Positive($"{section}:RetentionInterval", RetentionInterval),
        ];
        return errors.OfType<string>();
    }
}

using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Audit;

/// <summary>Bound from <c>Audit</c>: how long the trail keeps its entries, where its checkpoints go.</summary>
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

    /// <summary>How often a signed checkpoint of the head is written outside the database (at least every hour by default).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Directory of the checkpoint file; unset: <c>audit-checkpoints</c> in the data directory.</summary>
    public string? CheckpointDirectory { get; set; }

    /// <summary>A receiver each checkpoint is also POSTed to as JSON (https, or http to loopback), outside the database's reach.</summary>
    public Uri? CheckpointWebhookUrl { get; set; }

    /// <summary>Verifications of the whole chain one caller may ask for per minute (each walks the chain).</summary>
    public int VerifyRequestsPerMinute { get; set; } = 6;

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Interval($"{section}:CheckpointInterval", CheckpointInterval),
            VerifyRequestsPerMinute is < 1 or > 600 ? $"{section}:VerifyRequestsPerMinute must be between 1 and 600 (was {VerifyRequestsPerMinute})." : null,
            CheckpointWebhookUrl is { } url && !(url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
                ? $"{section}:CheckpointWebhookUrl must be an absolute https URL (http only to loopback) (was '{url}')."
                : null,
            Retention is { } retention && retention < MinimumRetention
                ? $"{section}:Retention must be at least {MinimumRetention.TotalDays:0} days, or unset to keep the trail forever (was {retention})."
                : null,
            ConfigurationChecks.Interval($"{section}:RetentionInterval", RetentionInterval),
        ];
        return errors.OfType<string>();
    }
}

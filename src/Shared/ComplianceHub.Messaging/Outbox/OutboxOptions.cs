namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>Bound from <c>Messaging:Outbox</c>.</summary>
public sealed class OutboxOptions : IValidatedOptions
{
    public const string Section = "Messaging:Outbox";

    /// <summary>Rows a dispatcher reads per round.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Pause after a part-filled round so rows that trickle in are sent in batches (adds at most this to latency).</summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Partition keys delivered at once (each key stays in order).</summary>
    public int SendConcurrency { get; set; } = 64;

    /// <summary>How often an idle dispatcher looks for rows another host or a timer made due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a busy dispatcher looks for timers (scheduled messages) that became due; an idle one looks at every poll.</summary>
    public TimeSpan TimerCheckInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a host keeps the right to dispatch a module's outbox without renewing it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts before a row that keeps failing (while the broker is healthy) is parked for the operator.</summary>
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long delivered rows stay (evidence of what was sent) before they are deleted.</summary>
    public TimeSpan DeliveredRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long inbox rows stay: a redelivery or replay inside this window runs no consumer twice.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often backlog, oldest-row age and queue depths are measured for <c>/metrics</c>.</summary>
    public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.InRange($"{section}:BatchSize", BatchSize, 1, 10_000),
            ConfigurationChecks.InRange($"{section}:SendConcurrency", SendConcurrency, 1, 1_000),
            ConfigurationChecks.InRange($"{section}:MaxAttempts", MaxAttempts, 1, 1_000),
            ConfigurationChecks.Interval($"{section}:PollInterval", PollInterval),
            ConfigurationChecks.Interval($"{section}:LeaseDuration", LeaseDuration),
            ConfigurationChecks.Positive($"{section}:TimerCheckInterval", TimerCheckInterval),
            ConfigurationChecks.Positive($"{section}:RetryBaseDelay", RetryBaseDelay),
            ConfigurationChecks.Positive($"{section}:RetryMaxDelay", RetryMaxDelay),
            ConfigurationChecks.Positive($"{section}:DeliveredRetention", DeliveredRetention),
            ConfigurationChecks.Positive($"{section}:InboxRetention", InboxRetention),
            ConfigurationChecks.Interval($"{section}:CleanupInterval", CleanupInterval),
            ConfigurationChecks.Interval($"{section}:MetricsInterval", MetricsInterval),
            LeaseDuration < TimeSpan.FromSeconds(3) ? $"{section}:LeaseDuration must be at least 3 seconds." : null,
        ];
        return errors.OfType<string>();
    }
}

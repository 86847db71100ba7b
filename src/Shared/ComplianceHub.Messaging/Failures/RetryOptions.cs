namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>Bound from <c>Messaging:Retry</c>: how a failed consume is tried again before it is dead-lettered.</summary>
public sealed class RetryOptions : IValidatedOptions
{
    public const string Section = "Messaging:Retry";

    public RetryStrategy Strategy { get; set; } = RetryStrategy.Exponential;

    /// <summary>Retries after the first attempt for transient failures (5 = six attempts).</summary>
    public int Limit { get; set; } = 5;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No delay exceeds this, jitter included.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Each delay moves by up to this share of itself either way (0.1 = ±10 %).</summary>
    public double Jitter { get; set; } = 0.1;

    /// <summary>Retries for lost races in our own database (optimistic concurrency, duplicate inbox row); they are cheap and short.</summary>
    public int ConflictLimit { get; set; } = 10;

    public TimeSpan ConflictBaseDelay { get; set; } = TimeSpan.FromMilliseconds(20);

    public TimeSpan ConflictMaxDelay { get; set; } = TimeSpan.FromSeconds(1);

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Defined($"{section}:Strategy", Strategy),
            ConfigurationChecks.InRange($"{section}:Limit", Limit, 0, 100),
            ConfigurationChecks.InRange($"{section}:ConflictLimit", ConflictLimit, 0, 1_000),
            ConfigurationChecks.Positive($"{section}:BaseDelay", BaseDelay),
            ConfigurationChecks.Positive($"{section}:MaxDelay", MaxDelay),
            ConfigurationChecks.Positive($"{section}:ConflictBaseDelay", ConflictBaseDelay),
            ConfigurationChecks.Positive($"{section}:ConflictMaxDelay", ConflictMaxDelay),
            MaxDelay < BaseDelay ? $"{section}:MaxDelay must not be shorter than {section}:BaseDelay." : null,
            MaxDelay > TimeSpan.FromHours(1) ? $"{section}:MaxDelay must be at most one hour (a consume holds its message while it waits)." : null,
            Jitter is < 0 or > 0.5 || double.IsNaN(Jitter) ? $"{section}:Jitter must be between 0 and 0.5 (was {Jitter})." : null,
        ];
        return errors.OfType<string>();
    }
}

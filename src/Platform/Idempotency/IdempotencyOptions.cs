using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>Bound from <c>Http</c>: how long a creating POST's answer is kept for retries with the same <c>Idempotency-Key</c>.</summary>
public sealed class IdempotencyOptions : IValidatedOptions
{
    public const string Section = "Http";

    /// <summary>A stored answer is replayed at least this long, then deleted (it may hold personal data: Art. 5(1)(e)).</summary>
    public TimeSpan IdempotencyKeyRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired answers are deleted: every five minutes, or every retention period when that is shorter.</summary>
    public TimeSpan PurgeInterval => IdempotencyKeyRetention < TimeSpan.FromMinutes(5) ? IdempotencyKeyRetention : TimeSpan.FromMinutes(5);

    public IEnumerable<string> Validate(string section)
    {
        if (IdempotencyKeyRetention < TimeSpan.FromSeconds(1) || IdempotencyKeyRetention > TimeSpan.FromDays(30))
        {
            yield return $"{section}:IdempotencyKeyRetention must be between 1 second and 30 days (was {IdempotencyKeyRetention}).";
        }
    }
}

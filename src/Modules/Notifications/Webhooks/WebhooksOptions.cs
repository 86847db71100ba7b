using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Notifications.Webhooks;

/// <summary>Bound from <c>Modules:Notifications:Webhooks</c>: how deliveries are retried and when an endpoint is given up on.</summary>
public sealed class WebhooksOptions : IValidatedOptions
{
    public const string Section = "Modules:Notifications:Webhooks";

    /// <summary>5 s, 5 min, 30 min, 2 h, 5 h, 10 h: the Standard Webhooks schedule, about 17.5 h in all.</summary>
    public static readonly TimeSpan[] DefaultRetryDelays =
        [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10)];

    /// <summary>Waits before the 2nd, 3rd, … attempt; the last one repeats until the window closes. Empty = the defaults.</summary>
    public TimeSpan[] RetryDelays { get; set; } = [];

    public IReadOnlyList<TimeSpan> Delays => RetryDelays.Length == 0 ? DefaultRetryDelays : RetryDelays;

    /// <summary>No attempt later than this after a delivery's first one; a delivery that fails all the way disables its endpoint.</summary>
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Each wait is stretched by up to this fraction at random, so retries of many deliveries spread out.</summary>
    public double Jitter { get; set; } = 0.1;

    /// <summary>How long one attempt waits for the receiver's answer (receivers are expected to answer at once and work later).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Deliveries in a row that failed for good (refused, or out of retries) before the endpoint is disabled.</summary>
    public int DisableAfterFailedDeliveries { get; set; } = 5;

    public IEnumerable<string> Validate(string section)
    {
        for (var i = 0; i < Delays.Count; i++)
        {
            if (ConfigurationChecks.Positive($"{section}:RetryDelays:{i}", Delays[i]) is { } delay)
            {
                yield return delay;
            }
        }

        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Positive($"{section}:RetryWindow", RetryWindow),
            RetryWindow > TimeSpan.FromDays(7) ? $"{section}:RetryWindow must be at most 7 days (was {RetryWindow})." : null,
            Jitter is < 0 or > 1 ? $"{section}:Jitter must be between 0 and 1 (was {Jitter})." : null,
            ConfigurationChecks.Positive($"{section}:Timeout", Timeout),
            ConfigurationChecks.InRange($"{section}:DisableAfterFailedDeliveries", DisableAfterFailedDeliveries, 1, 1000),
        ];
        foreach (var error in errors.OfType<string>())
        {
            yield return error;
        }
    }
}

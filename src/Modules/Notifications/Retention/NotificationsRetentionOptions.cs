using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Notifications.Retention;

/// <summary>Bound from <c>Modules:Notifications:Retention</c>: how long alert evidence is kept (Art. 5(1)(e) against 5(2)).</summary>
public sealed class NotificationsRetentionOptions : IValidatedOptions
{
    public const string Section = "Modules:Notifications:Retention";

    /// <summary>Acknowledged or resolved alerts, with their delivery attempts and escalation steps; open alerts stay.</summary>
    public TimeSpan Alerts { get; set; } = TimeSpan.FromDays(730);

    /// <summary>Finished webhook deliveries (their log and encrypted payload).</summary>
    public TimeSpan WebhookDeliveries { get; set; } = TimeSpan.FromDays(90);

    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            Alerts < TimeSpan.FromDays(30) ? $"{section}:Alerts must be at least 30 days: delivery evidence must outlive the alerts it proves." : null,
            WebhookDeliveries < TimeSpan.FromDays(1) ? $"{section}:WebhookDeliveries must be at least 1 day." : null,
            ConfigurationChecks.Interval($"{section}:Interval", Interval),
        ];
        return errors.OfType<string>();
    }
}

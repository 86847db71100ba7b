using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Notifications;

/// <summary>Bound from <c>Modules:Notifications</c>.</summary>
public sealed class NotificationsOptions : IValidatedOptions
{
    public const string Section = "Modules:Notifications";

    /// <summary>Where people reach this host: acknowledgement links in emails and SMS start with it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>How long an acknowledgement link works.</summary>
    public TimeSpan AcknowledgeLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a delivery that keeps failing on one channel is retried (the other channels take over at once).</summary>
    public TimeSpan DeliveryRetryWindow { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan DeliveryRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan DeliveryRetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query)
                ? null : $"{section}:PublicBaseUrl must be an absolute http(s) URL without a query.",
            ConfigurationChecks.Positive($"{section}:AcknowledgeLinkLifetime", AcknowledgeLinkLifetime),
            ConfigurationChecks.Positive($"{section}:DeliveryRetryWindow", DeliveryRetryWindow),
            ConfigurationChecks.Positive($"{section}:DeliveryRetryBaseDelay", DeliveryRetryBaseDelay),
            ConfigurationChecks.Positive($"{section}:DeliveryRetryMaxDelay", DeliveryRetryMaxDelay),
            DeliveryRetryMaxDelay < DeliveryRetryBaseDelay ? $"{section}:DeliveryRetryMaxDelay must not be below DeliveryRetryBaseDelay." : null,
        ];
        return errors.OfType<string>();
    }
}

namespace ComplianceHub.Notifications.Webhooks;

/// <summary>What a subscription may filter on: the alert types of the API, or <c>*</c>.</summary>
internal static class WebhookEventTypes
{
    public const string All = "*";
    public const string AlertRaised = "alert.raised";
    public const string Ping = "ping";

    /// <summary>The canonical name, or null when it is neither an alert type nor <c>*</c>.</summary>
    public static string? Canonical(string? value) =>
        value == All ? All
        : Enum.TryParse<AlertType>(value, ignoreCase: true, out var type) && Enum.IsDefined(type) && !int.TryParse(value, out _) ? type.ToString()
        : null;
}

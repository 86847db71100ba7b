using System.Globalization;
using System.Text.Json;
using ComplianceHub.Notifications.Contracts;

namespace ComplianceHub.Notifications.Webhooks;

/// <summary>
/// The bodies receivers get, Standard Webhooks style (<c>type</c>, <c>timestamp</c>, <c>data</c>). Only what the
/// AlertRaised event carries: ids, type, priority, country and instants; no alert text, no personal data (Art. 5(1)(c)).
/// </summary>
internal static class WebhookPayloads
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string AlertRaised(AlertRaised alert, DateTimeOffset now) => JsonSerializer.Serialize(
        new
        {
            type = WebhookEventTypes.AlertRaised,
            timestamp = Stamp(now),
            data = new
            {
                alertId = alert.AlertId,
                type = alert.Type,
                priority = alert.Priority,
                country = alert.Country,
                deadline = alert.Deadline is { } deadline ? Stamp(deadline) : null,
                raisedAt = Stamp(alert.RaisedAt),
            },
        },
        Json);

    public static string Ping(Guid subscriptionId, DateTimeOffset now) => JsonSerializer.Serialize(
        new { type = WebhookEventTypes.Ping, timestamp = Stamp(now), data = new { subscriptionId } },
        Json);

    private static string Stamp(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture);
}

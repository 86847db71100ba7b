using System.Globalization;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// Transport headers of a signed message. The signature covers the timestamp, the route (destination, message types,
/// partition key: <see cref="MessageRoute"/>) and the body.
/// </summary>
public static class MessageSignatureHeaders
{
    public const string Signature = "CH-Signature";
    public const string KeyId = "CH-Signature-Key";
    public const string Timestamp = "CH-Signature-Timestamp";
    public const string Destination = "CH-Destination";
    public const string MessageTypes = "CH-Message-Types";
    public const string PartitionKey = OutboxRows.PartitionKeyHeader;

    /// <summary>
    /// The headers that sign <paramref name="body"/> for <paramref name="route"/> at <paramref name="at"/> under the
    /// ring's active key: what a connected system (or a test acting as one) sets when it publishes to the broker.
    /// </summary>
    public static Dictionary<string, object?> For(MessageKeyRing keys, ReadOnlySpan<byte> body, DateTimeOffset at, MessageRoute route)
    {
        var headers = new Dictionary<string, object?>
        {
            [KeyId] = keys.ActiveSigningKey,
            [Timestamp] = at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            [Signature] = keys.Sign(body, at, route),
            [Destination] = route.Destination,
            [MessageTypes] = route.MessageTypes,
        };
        if (route.PartitionKey.Length > 0)
        {
            headers[PartitionKey] = route.PartitionKey;
        }

        return headers;
    }
}

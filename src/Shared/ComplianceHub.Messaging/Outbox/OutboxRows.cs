using ComplianceHub.Shared.MessageSecurity;
using MassTransit.Context;
using MassTransit.Serialization;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>Turns a MassTransit send context into a stored outbox row, capturing everything the send needs later.</summary>
internal static class OutboxRows
{
    /// <summary>Header a sender may set to order messages by its own key instead of the conversation.</summary>
    public const string PartitionKeyHeader = "CH-Partition-Key";

    /// <summary>
    /// The absolute due time of a scheduled send, set by our scheduler. MassTransit turns a scheduled time into a
    /// Delay measured against the machine clock; the instant itself keeps timers exact against our TimeProvider
    /// (a timer already due is delivered at once, but still as a timer).
    /// </summary>
    public const string DueAtHeader = "CH-Due-At";

    public static OutboxMessage From<T>(SendContext<T> context, MessageKeyRing keys, DateTimeOffset now)
        where T : class
    {
        var messageId = context.MessageId ?? throw new MessageException(typeof(T), "A message without a MessageId cannot be stored.");
        var deserializer = SystemTextJsonMessageSerializer.Instance;

        // Send observers run only when the dispatcher delivers, outside the request: stamp the caller's correlation now.
        if (CorrelationContext.Current is { } correlationId && !context.Headers.TryGetHeader(CorrelationContext.Header, out _))
        {
            context.Headers.Set(CorrelationContext.Header, correlationId);
        }

        // The Delay transport property would send RabbitMQ down the delayed-exchange path (no plugin here):
        // the due time is kept in DueAt instead and the dispatcher delivers the row when it comes.
        string? properties = null;
        if (context is TransportSendContext<T> transport)
        {
            var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            transport.WritePropertiesTo(values);
            values.Remove("Delay");
            properties = values.Count == 0 ? null : deserializer.SerializeDictionary(values);
        }

        var partitionKey = context.Headers.Get<string>(PartitionKeyHeader) ?? (context.ConversationId ?? messageId).ToString("N");
        return new OutboxMessage
        {
            PartitionKey = partitionKey.Length > 100 ? partitionKey[..100] : partitionKey,
            DueAt = DueAtOf(context, now),
            SchedulingTokenId = context.ScheduledMessageId,
            CreatedAt = now,
            MessageId = messageId,
            ConversationId = context.ConversationId,
            CorrelationId = context.CorrelationId,
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            SourceAddress = context.SourceAddress?.ToString(),
            DestinationAddress = context.DestinationAddress?.ToString()
                ?? throw new MessageException(typeof(T), "A message without a destination cannot be stored."),
            ResponseAddress = context.ResponseAddress?.ToString(),
            FaultAddress = context.FaultAddress?.ToString(),
            SentTime = context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : now,
            ExpirationTime = context.TimeToLive is { } ttl ? now + ttl : null,
            ContentType = context.ContentType?.ToString() ?? "application/vnd.masstransit+json",
            MessageType = string.Join(";", context.SupportedMessageTypes),
            Body = OutboxBodies.Seal(keys, messageId, context.Serializer.GetMessageBody(context).GetString()),
            Headers = deserializer.SerializeDictionary(context.Headers.GetAll()),
            Properties = properties,
        };
    }

    private static DateTimeOffset? DueAtOf(SendContext context, DateTimeOffset now)
    {
        // Only a scheduled send has a ScheduledMessageId; a message published while handling a timer may carry the
        // timer's headers along, and a due time already past on the machine clock leaves no Delay at all.
        if (context.ScheduledMessageId is not null && context.Headers.Get<string>(DueAtHeader) is { } text
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var dueAt))
        {
            return dueAt.ToUniversalTime();
        }

        return context.Delay is { } delay && delay > TimeSpan.Zero ? now + delay : null;
    }
}

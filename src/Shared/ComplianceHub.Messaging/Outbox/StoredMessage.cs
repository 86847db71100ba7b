using ComplianceHub.Shared.MessageSecurity;
using MassTransit.Metadata;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>A stored row as MassTransit's <see cref="OutboxMessageSendPipe"/> needs it to rebuild the original send.</summary>
internal sealed class StoredMessage : OutboxMessageContext
{
    private static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Opens the sealed body (<see cref="OutboxBodies"/>): the one decryption a dispatched row costs.</summary>
    public StoredMessage(OutboxMessage row, MessageKeyRing keys)
    {
        SequenceNumber = row.SequenceNumber;
        MessageId = row.MessageId;
        ConversationId = row.ConversationId;
        CorrelationId = row.CorrelationId;
        InitiatorId = row.InitiatorId;
        RequestId = row.RequestId;
        SourceAddress = ToUri(row.SourceAddress);
        DestinationAddress = ToUri(row.DestinationAddress);
        ResponseAddress = ToUri(row.ResponseAddress);
        FaultAddress = ToUri(row.FaultAddress);
        SentTime = row.SentTime.UtcDateTime;
        ExpirationTime = row.ExpirationTime?.UtcDateTime;
        ContentType = row.ContentType;
        MessageType = row.MessageType;
        Body = OutboxBodies.Open(keys, row.MessageId, row.Body);
        var deserializer = SystemTextJsonMessageSerializer.Instance;
        Headers = deserializer.DeserializeDictionary<object?>(row.Headers) is { } headers
            ? new DictionarySendHeaders(headers)
            : EmptyHeaders.Instance;
        Properties = deserializer.DeserializeDictionary<object>(row.Properties) is { } properties
            ? new Dictionary<string, object>(properties, StringComparer.OrdinalIgnoreCase)
            : NoProperties;
    }

    public long SequenceNumber { get; }

    public Guid MessageId { get; }

    Guid? MessageContext.MessageId => MessageId;

    public Guid? RequestId { get; }

    public Guid? CorrelationId { get; }

    public Guid? ConversationId { get; }

    public Guid? InitiatorId { get; }

    public DateTime? ExpirationTime { get; }

    public Uri? SourceAddress { get; }

    public Uri? DestinationAddress { get; }

    public Uri? ResponseAddress { get; }

    public Uri? FaultAddress { get; }

    public DateTime? SentTime { get; }

    public Headers Headers { get; }

    public HostInfo Host => HostMetadataCache.Host;

    public string ContentType { get; }

    public string MessageType { get; }

    public string Body { get; }

    public IReadOnlyDictionary<string, object> Properties { get; }

    private static Uri? ToUri(string? value) => value is null ? null : new Uri(value);
}

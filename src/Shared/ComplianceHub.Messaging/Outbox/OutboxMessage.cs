namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// A message stored in a module's database in the same transaction as the change that caused it, delivered to the
/// broker by <see cref="OutboxDispatcher{TContext}"/> after commit. Also the durable timer: a row with a
/// <see cref="DueAt"/> in the future is delivered then, and deleted if its <see cref="SchedulingTokenId"/> is cancelled.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Assigned by the database at insert: the delivery order.</summary>
    public long SequenceNumber { get; set; }

    /// <summary>Messages with the same key are delivered in sequence order (default: the conversation).</summary>
    public required string PartitionKey { get; set; }

    /// <summary>Null: deliver as soon as possible. Otherwise the instant (UTC) a timer fires.</summary>
    public DateTimeOffset? DueAt { get; set; }

    public Guid? SchedulingTokenId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>Set after a failed attempt: the next try waits until then, and later rows of the key wait too.</summary>
    public DateTimeOffset? RetryAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Gave up after too many attempts; kept for the operator (dead-letter store), never retried on its own.</summary>
    public DateTimeOffset? ParkedAt { get; set; }

    public Guid MessageId { get; set; }

    public Guid? ConversationId { get; set; }

    public Guid? CorrelationId { get; set; }

    public Guid? InitiatorId { get; set; }

    public Guid? RequestId { get; set; }

    public string? SourceAddress { get; set; }

    public required string DestinationAddress { get; set; }

    public string? ResponseAddress { get; set; }

    public string? FaultAddress { get; set; }

    public DateTimeOffset SentTime { get; set; }

    public DateTimeOffset? ExpirationTime { get; set; }

    public required string ContentType { get; set; }

    public required string MessageType { get; set; }

    /// <summary>The serialized envelope, sealed (<see cref="OutboxBodies"/>); in clear only in rows written before that.</summary>
    public required string Body { get; set; }

    public string? Headers { get; set; }

    public string? Properties { get; set; }
}

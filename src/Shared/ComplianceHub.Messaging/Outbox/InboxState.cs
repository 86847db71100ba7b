namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// One row per message and consumer that a module handled, written in the consumer's transaction: a redelivered
/// copy finds it and is acknowledged without running the consumer again.
/// </summary>
public sealed class InboxState
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>MassTransit's id for consumer + message type + endpoint.</summary>
    public Guid ConsumerId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public int ReceiveCount { get; set; }

    public DateTimeOffset? ConsumedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public long? LastSequenceNumber { get; set; }
}

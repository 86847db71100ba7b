namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>One system's share of the work on a request; <see cref="MessageId"/> is the message that told it (erased with the subject).</summary>
internal sealed class FulfilmentTask
{
    public Guid Id { get; init; }

    public Guid RequestId { get; init; }

    public Guid SystemId { get; init; }

    public required string SystemName { get; init; }

    public DeliveryKind Delivery { get; init; }

    public Guid MessageId { get; init; }

    public FulfilmentTaskStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? Outcome { get; set; }

    /// <summary>What the system says it did (a reference, not personal data); encrypted under the subject key.</summary>
    public string? Evidence { get; set; }
}

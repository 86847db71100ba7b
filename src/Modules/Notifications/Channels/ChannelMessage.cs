namespace ComplianceHub.Notifications.Channels;

/// <summary>One alert to send to one recipient on one channel.</summary>
public sealed record ChannelMessage
{
    public required Guid AlertId { get; init; }

    /// <summary>Unique per attempt: the delivery evidence row's id.</summary>
    public required Guid DeliveryId { get; init; }

    public Guid? OrganizationId { get; init; }

    public required string AlertType { get; init; }

    public required string Priority { get; init; }

    public required string Title { get; init; }

    /// <summary>Plain text (email text part, SMS, in-app).</summary>
    public required string Text { get; init; }

    /// <summary>HTML (email), with every value already encoded.</summary>
    public required string Html { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    public required ChannelRecipient Recipient { get; init; }

    /// <summary>
    /// The signed, expiring, single-use link that acknowledges without signing in; for email and SMS only (null in-app,
    /// where the organisation's whole group sees the alert).
    /// </summary>
    public string? AcknowledgeUrl { get; init; }

    /// <summary>The same for a redelivered copy of the same delivery: providers that support it drop the repeat.</summary>
    public required string IdempotencyKey { get; init; }
}

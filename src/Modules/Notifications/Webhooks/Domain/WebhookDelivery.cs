namespace ComplianceHub.Notifications.Webhooks;

/// <summary>One event for one subscription; its id is the <c>webhook-id</c> every attempt carries, so receivers de-duplicate.</summary>
internal sealed class WebhookDelivery
{
    public Guid Id { get; init; }

    public Guid SubscriptionId { get; init; }

    public Guid OrganizationId { get; init; }

    public Guid? AlertId { get; init; }

    /// <summary><c>alert.raised</c> or <c>ping</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>The JSON body, encrypted at rest; never shown by the API or logged.</summary>
    public required string Payload { get; init; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public int? LastStatus { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset? FailedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? FirstAttemptAt { get; set; }

    /// <summary>Every attempt, in order: the delivery log.</summary>
    public List<WebhookAttempt> History { get; set; } = [];

    public bool IsFinished => DeliveredAt is not null || FailedAt is not null;
}

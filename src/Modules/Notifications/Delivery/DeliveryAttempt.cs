using ComplianceHub.Notifications.Channels;

namespace ComplianceHub.Notifications.Delivery;

/// <summary>Evidence of one try to reach one recipient on one channel (Art. 5(2)): kept, and in the audit trail.</summary>
internal sealed class DeliveryAttempt
{
    public Guid Id { get; init; }

    public Guid AlertId { get; init; }

    public ChannelKind Channel { get; init; }

    /// <summary>The DPO (or webhook subscription) id: what the evidence names.</summary>
    public Guid RecipientId { get; init; }

    /// <summary>The address used (email, phone, URL), encrypted at rest.</summary>
    public string? Address { get; init; }

    public DateTimeOffset At { get; init; }

    public DeliveryOutcome Outcome { get; init; }

    public string? ProviderMessageId { get; init; }

    /// <summary>Why it failed, without personal data.</summary>
    public string? Error { get; init; }

    /// <summary>The escalation level the delivery belongs to (0 = first notice).</summary>
    public int Level { get; init; }
}

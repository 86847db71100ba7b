using ComplianceHub.Notifications.Channels;

namespace ComplianceHub.Notifications.Delivery;

/// <summary>One channel's delivery of an alert to one DPO; retried on its own, so the other channels never wait for it.</summary>
public sealed record SendAlertOnChannel
{
    public required Guid AlertId { get; init; }

    public required Guid DpoId { get; init; }

    public required ChannelKind Channel { get; init; }

    public required int Level { get; init; }

    /// <summary>The same for every retry of this delivery: the provider's idempotency key.</summary>
    public required Guid DeliveryId { get; init; }

    public int Attempt { get; init; } = 1;

    public required DateTimeOffset FirstAttemptAt { get; init; }

    /// <summary>The channels already in use for this alert and DPO: failover picks one that is not.</summary>
    public required IReadOnlyList<ChannelKind> Planned { get; init; }
}

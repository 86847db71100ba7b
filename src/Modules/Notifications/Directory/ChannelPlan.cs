using ComplianceHub.Notifications.Channels;

namespace ComplianceHub.Notifications.Directory;

/// <summary>
/// How one alert reaches one DPO: <see cref="Channels"/> in failover order; <see cref="Defer"/> = hold it until the
/// DPO's next working window; <see cref="Digest"/> = collect it into the daily digest instead of sending it now.
/// </summary>
internal sealed record ChannelPlan(IReadOnlyList<ChannelKind> Channels, bool Defer, bool Digest);

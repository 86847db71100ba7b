using ComplianceHub.Notifications.Channels;

namespace ComplianceHub.Notifications.Transfers;

/// <summary>Where a channel's provider processes what it is sent: a company (the transfer's recipient) in a country.</summary>
internal sealed record ProviderLocation(ChannelKind Channel, string Name, string Country);

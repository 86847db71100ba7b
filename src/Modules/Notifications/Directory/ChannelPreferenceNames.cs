using ComplianceHub.Notifications.Channels;

namespace ComplianceHub.Notifications.Directory;

/// <summary>The names a DPO's channel preferences use: priority names as keys, person-facing channels as values.</summary>
internal static class ChannelPreferenceNames
{
    /// <summary>Webhooks reach systems, not a person: a DPO cannot choose them.</summary>
    public static readonly IReadOnlyList<ChannelKind> PersonChannels = [ChannelKind.Email, ChannelKind.Sms, ChannelKind.InApp];

    public static ChannelKind? Parse(string? name) =>
        PersonChannels.Cast<ChannelKind?>().FirstOrDefault(c => string.Equals(c.ToString(), name, StringComparison.OrdinalIgnoreCase));

    public static AlertPriority? ParsePriority(string? name) =>
        Enum.GetValues<AlertPriority>().Cast<AlertPriority?>().FirstOrDefault(p => string.Equals(p.ToString(), name, StringComparison.OrdinalIgnoreCase));
}

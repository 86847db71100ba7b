using ComplianceHub.Notifications.Channels;

namespace ComplianceHub.Notifications.Directory;

/// <summary>
/// The priority → channel matrix of issue 7. Critical reaches the DPO on every channel at any hour; High adds SMS
/// outside working hours; Medium waits for the next working window; Low goes into the daily digest. A DPO's
/// preference for a priority replaces only the channel list: deferral and digest stay, so a preference can never
/// make a Critical alert wait.
/// </summary>
internal static class ChannelMatrix
{
    private static readonly ChannelKind[] Every = [ChannelKind.Email, ChannelKind.Sms, ChannelKind.InApp];
    private static readonly ChannelKind[] EmailAndInApp = [ChannelKind.Email, ChannelKind.InApp];
    private static readonly ChannelKind[] EmailInAppThenSms = [ChannelKind.Email, ChannelKind.InApp, ChannelKind.Sms];
    private static readonly ChannelKind[] DigestByEmail = [ChannelKind.Email];

    public static ChannelPlan Plan(AlertPriority priority, bool workingTime, IReadOnlyDictionary<string, List<string>>? preferences)
    {
        var plan = priority switch
        {
            AlertPriority.Critical => new ChannelPlan(Every, Defer: false, Digest: false),
            AlertPriority.High => new ChannelPlan(workingTime ? EmailAndInApp : EmailInAppThenSms, Defer: false, Digest: false),
            AlertPriority.Medium => new ChannelPlan(EmailAndInApp, Defer: !workingTime, Digest: false),
            _ => new ChannelPlan(DigestByEmail, Defer: false, Digest: true),
        };
        var preferred = Preferred(priority, preferences);
        return preferred.Count == 0 ? plan : plan with { Channels = preferred };
    }

    /// <summary>The DPO's channels for the priority, in their order; stored values were validated, anything else is ignored.</summary>
    private static List<ChannelKind> Preferred(AlertPriority priority, IReadOnlyDictionary<string, List<string>>? preferences)
    {
        if (preferences is null || !preferences.TryGetValue(priority.ToString(), out var names))
        {
            return [];
        }

        return [.. names.Select(ChannelPreferenceNames.Parse).OfType<ChannelKind>().Distinct()];
    }
}

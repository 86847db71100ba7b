namespace ComplianceHub.Notifications.Directory.Dpos;

/// <summary>Priority names as keys, person-facing channels (Email, Sms, InApp) as values, stored in canonical spelling.</summary>
internal static class ChannelPreferencesValidator
{
    public static Dictionary<string, List<string>> Validate(IReadOnlyDictionary<string, IReadOnlyList<string>>? values, ValidationErrors errors)
    {
        var preferences = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, channels) in values ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            var field = $"channelPreferences.{key}";
            if (ChannelPreferenceNames.ParsePriority(key) is not { } priority)
            {
                errors.Add(field, "Not a priority: Critical, High, Medium or Low.");
                continue;
            }

            var list = channels ?? [];
            errors.When(list.Count == 0, field, "At least one channel: Email, Sms or InApp.")
                .When(preferences.ContainsKey(priority.ToString()), field, "This priority is given twice.");
            var parsed = new List<string>();
            for (var i = 0; i < list.Count; i++)
            {
                var channel = ChannelPreferenceNames.Parse(list[i]);
                errors.When(channel is null, $"{field}[{i}]", "Not a channel: Email, Sms or InApp.")
                    .When(channel is not null && parsed.Contains(channel.ToString()!), $"{field}[{i}]", "This channel is given twice.");
                if (channel is not null)
                {
                    parsed.Add(channel.ToString()!);
                }
            }

            preferences[priority.ToString()] = parsed;
        }

        return preferences;
    }
}

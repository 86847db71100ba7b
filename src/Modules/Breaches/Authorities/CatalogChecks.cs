using System.Globalization;

namespace ComplianceHub.Breaches.Authorities;

/// <summary>
/// What makes a catalogue usable: exactly one authority for each of the 30 EU/EEA states, each with a name and a
/// website we can link to. A catalogue missing a state would silently drop a required Art. 33 notification.
/// </summary>
internal static class CatalogChecks
{
    public static IEnumerable<string> Problems(SupervisoryAuthorityCatalog catalog)
    {
        foreach (var authority in catalog.All)
        {
            var country = authority.Country ?? "(no country)";
            if (!EeaStates.All.Contains(authority.Country, StringComparer.Ordinal))
            {
                yield return $"entry '{country}' is not an EU/EEA state (ISO 3166-1 alpha-2 in capitals expected).";
            }

            foreach (var problem in EntryProblems(country, authority.Name, authority.Website, authority.BreachNotificationUrl))
            {
                yield return problem;
            }

            foreach (var regional in authority.RegionalAuthorities ?? [])
            {
                var label = $"{country} / {regional.Region ?? "(no region)"}";
                foreach (var problem in EntryProblems(label, regional.Name, regional.Website, regional.BreachNotificationUrl))
                {
                    yield return problem;
                }
            }
        }

        foreach (var duplicate in catalog.All.GroupBy(a => a.Country, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"country '{duplicate.Key}' appears {duplicate.Count().ToString(CultureInfo.InvariantCulture)} times.";
        }

        var missing = EeaStates.All.Where(state => !catalog.All.Any(a => string.Equals(a.Country, state, StringComparison.Ordinal))).ToList();
        if (missing.Count > 0)
        {
            yield return $"no authority for {string.Join(", ", missing)} (all 30 EU/EEA states are required).";
        }
    }

    private static IEnumerable<string> EntryProblems(string label, string? name, string? website, string? notificationUrl)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return $"entry '{label}' has no name.";
        }

        if (!IsWebAddress(website))
        {
            yield return $"entry '{label}' needs a website as an absolute http(s) address (was '{website}').";
        }

        if (notificationUrl is not null && !IsWebAddress(notificationUrl))
        {
            yield return $"entry '{label}' has a breachNotificationUrl that is not an absolute http(s) address.";
        }
    }

    // Rendered as links in the HTML draft: anything but http(s) (javascript:, data:) is refused.
    private static bool IsWebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

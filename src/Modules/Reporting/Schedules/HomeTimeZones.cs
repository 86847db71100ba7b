namespace ComplianceHub.Reporting.Schedules;

/// <summary>
/// An organisation's time zone until someone sets one: the zone of its home country's capital (where its lead
/// supervisory authority sits, Art. 56). Countries not listed get UTC.
/// </summary>
internal static class HomeTimeZones
{
    public const string Fallback = "UTC";

    private static readonly Dictionary<string, string> ByCountry = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AT"] = "Europe/Vienna", ["BE"] = "Europe/Brussels", ["BG"] = "Europe/Sofia", ["HR"] = "Europe/Zagreb",
        ["CY"] = "Asia/Nicosia", ["CZ"] = "Europe/Prague", ["DK"] = "Europe/Copenhagen", ["EE"] = "Europe/Tallinn",
        ["FI"] = "Europe/Helsinki", ["FR"] = "Europe/Paris", ["DE"] = "Europe/Berlin", ["GR"] = "Europe/Athens",
        ["HU"] = "Europe/Budapest", ["IE"] = "Europe/Dublin", ["IT"] = "Europe/Rome", ["LV"] = "Europe/Riga",
        ["LT"] = "Europe/Vilnius", ["LU"] = "Europe/Luxembourg", ["MT"] = "Europe/Malta", ["NL"] = "Europe/Amsterdam",
        ["PL"] = "Europe/Warsaw", ["PT"] = "Europe/Lisbon", ["RO"] = "Europe/Bucharest", ["SK"] = "Europe/Bratislava",
        ["SI"] = "Europe/Ljubljana", ["ES"] = "Europe/Madrid", ["SE"] = "Europe/Stockholm",
        ["IS"] = "Atlantic/Reykjavik", ["LI"] = "Europe/Vaduz", ["NO"] = "Europe/Oslo",
        ["GB"] = "Europe/London", ["CH"] = "Europe/Zurich", ["US"] = "America/New_York", ["CA"] = "America/Toronto",
        ["NZ"] = "Pacific/Auckland", ["AU"] = "Australia/Sydney", ["JP"] = "Asia/Tokyo", ["IN"] = "Asia/Kolkata",
        ["BR"] = "America/Sao_Paulo", ["SG"] = "Asia/Singapore", ["KR"] = "Asia/Seoul", ["IL"] = "Asia/Jerusalem",
    };

    public static string For(string? homeCountry) =>
        homeCountry is not null && ByCountry.TryGetValue(homeCountry, out var zone) ? zone : Fallback;

    /// <summary>Whether <paramref name="id"/> is an IANA zone this machine knows (Windows ids are refused).</summary>
    public static bool IsIana(string? id, out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found))
        {
            return false;
        }

        zone = found;
        return found.HasIanaId;
    }
}

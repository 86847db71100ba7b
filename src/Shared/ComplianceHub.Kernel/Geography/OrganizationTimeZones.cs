using ComplianceHub.Shared.Identity;

namespace ComplianceHub.Shared.Geography;

/// <summary>
/// An organisation's time zone when none is given: the zone of its home country's capital (its main establishment,
/// Art. 4(16)). Countries spanning several zones (PT, ES) take the capital's; a report can name another zone.
/// Unknown countries fall back to UTC.
/// </summary>
public static class OrganizationTimeZones
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
        ["SI"] = "Europe/Ljubljana", ["ES"] = "Europe/Madrid", ["SE"] = "Europe/Stockholm", ["IS"] = "Atlantic/Reykjavik",
        ["LI"] = "Europe/Vaduz", ["NO"] = "Europe/Oslo", ["CH"] = "Europe/Zurich", ["GB"] = "Europe/London",
        ["US"] = "America/New_York", ["CA"] = "America/Toronto", ["NZ"] = "Pacific/Auckland", ["AU"] = "Australia/Sydney",
        ["JP"] = "Asia/Tokyo", ["IN"] = "Asia/Kolkata", ["BR"] = "America/Sao_Paulo", ["SG"] = "Asia/Singapore",
        ["KR"] = "Asia/Seoul", ["IL"] = "Asia/Jerusalem",
    };

    /// <summary>The IANA zone id for an ISO 3166-1 alpha-2 country.</summary>
    public static string ForCountry(string? country) =>
        country is not null && ByCountry.TryGetValue(country, out var zone) ? zone : Fallback;

    /// <summary>The organisation's default time zone.</summary>
    public static async Task<string> ForOrganizationAsync(OrganizationScope organizations, Guid organizationId, CancellationToken cancellationToken) =>
        ForCountry((await organizations.ProfileAsync(organizationId, cancellationToken))?.HomeCountry);

    /// <summary>An IANA time zone by id, or null when the id is not an IANA zone this machine knows.</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId
            ? zone
            : null;
}

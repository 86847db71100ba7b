using System.Globalization;

namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>Instants are stored in UTC and shown in the DPO's IANA time zone, always with the offset.</summary>
internal static class DisplayTime
{
    public static bool IsKnown(string? zoneId) => string.IsNullOrWhiteSpace(zoneId) || TryFind(zoneId, out _);

    /// <exception cref="ArgumentException">The zone id is not a known IANA zone (validate it at the edge).</exception>
    public static TimeZoneInfo Zone(string? zoneId)
    {
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            return TimeZoneInfo.Utc;
        }

        return TryFind(zoneId, out var zone)
            ? zone
            : throw new ArgumentException($"'{zoneId}' is not a known IANA time zone.", nameof(BreachDraftFacts.DisplayTimeZone));
    }

    public static string Format(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) + $" ({zone.Id})";

    private static bool TryFind(string zoneId, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId.Trim());
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }
}

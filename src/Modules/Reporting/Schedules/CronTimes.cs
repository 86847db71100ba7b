using Quartz;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>Quartz cron read in an IANA time zone: the same computation the triggers make.</summary>
internal static class CronTimes
{
    public static bool IsValid(string? cron) => !string.IsNullOrWhiteSpace(cron) && CronExpression.TryParse(cron, out _);

    /// <summary>The next fire time after <paramref name="after"/>, in the zone's offset at that time.</summary>
    public static DateTimeOffset? NextAfter(string cron, string timeZone, DateTimeOffset after)
    {
        if (!CronExpression.TryParse(cron, out var expression) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
        {
            return null;
        }

        return expression!.WithTimeZone(zone).GetNextValidTimeAfter(after) is { } next ? TimeZoneInfo.ConvertTime(next, zone) : null;
    }
}

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

    /// <summary>
    /// The latest time the cron names at or before <paramref name="instant"/>: for a recovered misfire (which Quartz
    /// fires at recovery time) the time that was missed, so the report covers the period it was due for.
    /// </summary>
    public static DateTimeOffset? LatestAtOrBefore(string cron, TimeZoneInfo zone, DateTimeOffset instant)
    {
        if (!CronExpression.TryParse(cron, out var parsed))
        {
            return null;
        }

        var expression = parsed!.WithTimeZone(zone);
        foreach (var window in Windows)
        {
            DateTimeOffset? latest = null;
            for (var next = expression.GetNextValidTimeAfter(instant - window); next is { } time && time <= instant; next = expression.GetNextValidTimeAfter(time))
            {
                latest = time;
            }

            if (latest is not null)
            {
                return latest;
            }
        }

        return null;
    }

    // Widening look-backs keep a frequent cron cheap and still find a quarterly one.
    private static readonly TimeSpan[] Windows = [TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(32), TimeSpan.FromDays(100), TimeSpan.FromDays(400)];
}

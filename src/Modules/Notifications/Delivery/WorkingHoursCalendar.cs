namespace ComplianceHub.Notifications.Directory;

/// <summary>
/// A DPO's working windows, read in their own IANA time zone: a window is [Start, End) local time on its weekday,
/// none on a holiday. Local times that a DST change skips move to the first valid local time after the gap; a window
/// start repeated by a DST change starts at its first occurrence.
/// A DPO with no working hours at all is never "in working time", yet <see cref="NextWorkingStart"/> answers the
/// instant itself: such a DPO is treated as always reachable, so nothing addressed to them waits forever.
/// </summary>
internal static class WorkingHoursCalendar
{
    /// <summary>Enough days to pass any run of holidays a DPO can enter plus a full week.</summary>
    private const int SearchDays = 366 + 8;

    public static bool IsWorkingTime(Dpo dpo, DateTimeOffset instant)
    {
        if (dpo.WorkingHours.Count == 0)
        {
            return false;
        }

        var local = TimeZoneInfo.ConvertTime(instant, Zone(dpo)).DateTime;
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        return !dpo.Holidays.Contains(date)
            && dpo.WorkingHours.Exists(p => p.Day == local.DayOfWeek && p.Start <= time && time < p.End);
    }

    /// <summary>The instant itself when it is working time; otherwise the start of the next working window.</summary>
    public static DateTimeOffset NextWorkingStart(Dpo dpo, DateTimeOffset instant)
    {
        if (dpo.WorkingHours.Count == 0 || IsWorkingTime(dpo, instant))
        {
            return instant;
        }

        var zone = Zone(dpo);
        var firstDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        for (var day = 0; day < SearchDays; day++)
        {
            var date = firstDate.AddDays(day);
            if (dpo.Holidays.Contains(date))
            {
                continue;
            }

            foreach (var period in dpo.WorkingHours.Where(p => p.Day == date.DayOfWeek).OrderBy(p => p.Start))
            {
                var start = ToInstant(zone, date.ToDateTime(period.Start));
                if (start > instant)
                {
                    return start;
                }
            }
        }

        // Every day of the search was a holiday: reachable rather than silent.
        return instant;
    }

    private static TimeZoneInfo Zone(Dpo dpo) => TimeZoneInfo.FindSystemTimeZoneById(dpo.TimeZone);

    private static DateTimeOffset ToInstant(TimeZoneInfo zone, DateTime local)
    {
        // A skipped local time (spring forward) becomes the first local time that exists after the gap.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        // A repeated local time (fall back) starts at its first occurrence: the larger offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}

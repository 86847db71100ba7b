namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>
/// The Art. 12(3) deadline, computed by Regulation 1182/71: a period in months that starts with an event (the receipt)
/// ends with the last hour of the day in the last month that has the same date as the day of receipt, or of that
/// month's last day when it has no such date (Art. 3(1), 3(2)(c)): received 31 January → due 28/29 February; 30 April →
/// 30 May. "The day" is the controller's calendar day, so the deadline is the end of that day in the organisation's time
/// zone, stored as an instant. Time during which the clock stood still (identity information awaited) moves it later
/// by the same length; an extension (Art. 12(3): two further months at most) counts its months from the first due date.
/// </summary>
internal static class RequestDeadlines
{
    /// <summary>The most the deadline can be extended (Art. 12(3)).</summary>
    public const int MaxExtensionMonths = 2;

    /// <summary>The calendar date the period ends on: <paramref name="months"/> after <paramref name="start"/>, clamped to the month's end.</summary>
    public static DateOnly MonthsAfter(DateOnly start, int months) => start.AddMonths(months);

    /// <summary>The local calendar date of an instant in the controller's zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The last instant of <paramref name="date"/> in <paramref name="zone"/> (one microsecond before the next day
    /// starts, the finest instant every database keeps), in UTC. A next day that starts in a DST gap starts at the
    /// first valid local time after it.
    /// </summary>
    public static DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var nextMidnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(nextMidnight))
        {
            nextMidnight = nextMidnight.AddMinutes(1);
        }

        // An ambiguous midnight (a DST fall-back at 00:00) takes its earlier occurrence, the standard-time offset last.
        var offset = zone.IsAmbiguousTime(nextMidnight) ? zone.GetAmbiguousTimeOffsets(nextMidnight).Max() : zone.GetUtcOffset(nextMidnight);
        return new DateTimeOffset(nextMidnight, offset).ToUniversalTime().AddTicks(-TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>The end of the first month: the Art. 12(3) deadline before pauses and extensions.</summary>
    public static DateTimeOffset FirstMonthEnds(DateTimeOffset receivedAt, TimeZoneInfo zone) =>
        EndOfDay(MonthsAfter(LocalDate(receivedAt, zone), 1), zone);

    /// <summary>
    /// The deadline in force: one month from receipt plus <paramref name="extensionMonths"/> further months counted from
    /// the first due date, then moved by the time the clock was stopped.
    /// </summary>
    public static DateTimeOffset DueAt(DateTimeOffset receivedAt, TimeZoneInfo zone, int extensionMonths, TimeSpan paused)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(extensionMonths);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(extensionMonths, MaxExtensionMonths);
        ArgumentOutOfRangeException.ThrowIfLessThan(paused, TimeSpan.Zero);
        var firstDue = MonthsAfter(LocalDate(receivedAt, zone), 1);
        return EndOfDay(MonthsAfter(firstDue, extensionMonths), zone) + paused;
    }

    /// <summary>The first month as it runs for this request: its end moved by the time the clock stood still.</summary>
    public static DateTimeOffset FirstMonthEnds(DateTimeOffset receivedAt, TimeZoneInfo zone, TimeSpan paused) =>
        FirstMonthEnds(receivedAt, zone) + paused;

    /// <summary>The total time the clock stood still; an open pause counts up to <paramref name="now"/>.</summary>
    public static TimeSpan Paused(IEnumerable<(DateTimeOffset StartedAt, DateTimeOffset? EndedAt)> pauses, DateTimeOffset now) =>
        pauses.Aggregate(TimeSpan.Zero, (total, p) => total + ((p.EndedAt ?? now) > p.StartedAt ? (p.EndedAt ?? now) - p.StartedAt : TimeSpan.Zero));

    /// <summary>
    /// Why an extension cannot be granted, or null when it can: at most two further months in total, decided and told
    /// to the subject (with reasons) within the first month (Art. 12(3)).
    /// </summary>
    public static ExtensionRefusal? CheckExtension(
        int alreadyExtended, int additionalMonths, DateTimeOffset receivedAt, DateTimeOffset firstMonthEnds,
        DateTimeOffset noticeSentAt, DateTimeOffset now)
    {
        if (additionalMonths is < 1 or > MaxExtensionMonths)
        {
            return ExtensionRefusal.MonthsOutOfRange;
        }

        if (alreadyExtended + additionalMonths > MaxExtensionMonths)
        {
            return ExtensionRefusal.MoreThanTwoMonths;
        }

        if (noticeSentAt < receivedAt)
        {
            return ExtensionRefusal.NoticeBeforeReceipt;
        }

        if (noticeSentAt > firstMonthEnds)
        {
            return ExtensionRefusal.NoticeAfterFirstMonth;
        }

        return now > firstMonthEnds ? ExtensionRefusal.FirstMonthOver : null;
    }
}

namespace ComplianceHub.Reporting.Reports;

/// <summary>Calendar days in an organisation's time zone, both ends included, and the instants they span.</summary>
internal readonly record struct ReportPeriod(DateOnly Start, DateOnly End, TimeZoneInfo TimeZone)
{
    /// <summary>The first instant of <see cref="Start"/> in the time zone.</summary>
    public DateTimeOffset From => StartOfDay(Start);

    /// <summary>The first instant after <see cref="End"/> in the time zone (exclusive bound).</summary>
    public DateTimeOffset Until => StartOfDay(End.AddDays(1));

    /// <summary><c>{type}/{start}/{end}</c>: one scheduled report per period, however often its trigger fires.</summary>
    public string ScheduleKey(ReportType type) => $"{type}/{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}";

    private DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Where midnight does not exist (a DST change at 00:00), the day starts at the first minute that does.
        while (TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = TimeZone.IsAmbiguousTime(local)
            ? TimeZone.GetAmbiguousTimeOffsets(local).Max()
            : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}

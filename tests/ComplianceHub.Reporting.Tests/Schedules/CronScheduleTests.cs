namespace ComplianceHub.Reporting.Tests.Schedules;

/// <summary>The default schedules read in the organisation's time zone, across DST changes.</summary>
public sealed class CronScheduleTests
{
    [Fact]
    public void Should_fire_weekly_at_08_local_on_both_sides_of_the_spring_change_in_Berlin()
    {
        // Sunday 30 March 2025 02:00 CET → 03:00 CEST.
        var before = CronTimes.NextAfter(DefaultSchedules.Weekly, "Europe/Berlin", At("2025-03-25T00:00:00Z"))!.Value;
        var after = CronTimes.NextAfter(DefaultSchedules.Weekly, "Europe/Berlin", before)!.Value;

        Assert.Equal(At("2025-03-31T06:00:00Z"), before.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 8, 0, 0, TimeSpan.FromHours(2)), before);
        Assert.Equal(new DateTimeOffset(2025, 4, 7, 8, 0, 0, TimeSpan.FromHours(2)), after);
    }

    [Fact]
    public void Should_fire_weekly_at_08_local_on_both_sides_of_the_autumn_change_in_Berlin()
    {
        // Sunday 26 October 2025 03:00 CEST → 02:00 CET.
        var before = CronTimes.NextAfter(DefaultSchedules.Weekly, "Europe/Berlin", At("2025-10-21T00:00:00Z"))!.Value;
        var after = CronTimes.NextAfter(DefaultSchedules.Weekly, "Europe/Berlin", before)!.Value;

        Assert.Equal(new DateTimeOffset(2025, 10, 27, 8, 0, 0, TimeSpan.FromHours(1)), before);
        Assert.Equal(At("2025-10-27T07:00:00Z"), before.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 8, 0, 0, TimeSpan.FromHours(1)), after);
    }

    [Fact]
    public void Should_fire_monthly_on_the_1st_at_08_in_Auckland_across_its_April_change()
    {
        // Pacific/Auckland leaves NZDT (+13) on Sunday 6 April 2025.
        var april = CronTimes.NextAfter(DefaultSchedules.Monthly, "Pacific/Auckland", At("2025-03-15T00:00:00Z"))!.Value;
        var may = CronTimes.NextAfter(DefaultSchedules.Monthly, "Pacific/Auckland", april)!.Value;

        Assert.Equal(new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.FromHours(13)), april);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.FromHours(12)), may);
        Assert.Equal(At("2025-03-31T19:00:00Z"), april.ToUniversalTime());
    }

    [Fact]
    public void Should_fire_quarterly_on_the_1st_of_January_April_July_and_October_in_New_York()
    {
        var fires = new List<DateTimeOffset>();
        var after = At("2025-01-15T00:00:00Z");
        for (var i = 0; i < 4; i++)
        {
            after = CronTimes.NextAfter(DefaultSchedules.Quarterly, "America/New_York", after)!.Value;
            fires.Add(after);
        }

        Assert.Equal(
            [
                new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.FromHours(-4)),
                new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.FromHours(-4)),
                new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.FromHours(-4)),
                new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(-5)),
            ],
            fires);
    }

    [Fact]
    public void Should_cover_the_previous_Monday_to_Sunday_for_a_weekly_fire()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var period = ReportingPeriods.EndedBefore(ReportType.ProcessingActivitySummary, At("2025-03-31T06:00:00Z"), berlin);

        Assert.Equal((new DateOnly(2025, 3, 24), new DateOnly(2025, 3, 30)), (period.Start, period.End));
        Assert.Equal(At("2025-03-23T23:00:00Z"), period.From);
        Assert.Equal(At("2025-03-30T22:00:00Z"), period.Until);
    }

    [Fact]
    public void Should_cover_the_previous_calendar_month_in_the_schedules_zone_not_in_UTC()
    {
        var auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

        // 1 April 08:00 in Auckland is still 31 March in UTC.
        var period = ReportingPeriods.EndedBefore(ReportType.DataSubjectRequestLog, At("2025-03-31T19:00:00Z"), auckland);

        Assert.Equal((new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)), (period.Start, period.End));
        Assert.Equal(At("2025-02-28T11:00:00Z"), period.From);
        Assert.Equal(At("2025-03-31T11:00:00Z"), period.Until);
    }

    [Fact]
    public void Should_cover_the_previous_calendar_quarter_for_a_quarterly_fire()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var q4 = ReportingPeriods.EndedBefore(ReportType.CrossBorderTransferAudit, At("2026-01-01T13:00:00Z"), newYork);
        var q1 = ReportingPeriods.EndedBefore(ReportType.CrossBorderTransferAudit, At("2025-04-01T12:00:00Z"), newYork);

        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), (q4.Start, q4.End));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)), (q1.Start, q1.End));
    }

    [Fact]
    public void When_a_misfire_is_recovered_later_Should_report_the_period_of_the_missed_fire()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        // Missed Monday 31 March 08:00; the hosts came back on Wednesday.
        var missed = CronTimes.LatestAtOrBefore(DefaultSchedules.Weekly, berlin, At("2025-04-02T10:17:00Z"));

        Assert.Equal(At("2025-03-31T06:00:00Z"), missed);
        var period = ReportingPeriods.EndedBefore(ReportType.ProcessingActivitySummary, missed!.Value, berlin);
        Assert.Equal((new DateOnly(2025, 3, 24), new DateOnly(2025, 3, 30)), (period.Start, period.End));
    }

    [Fact]
    public void Should_find_the_missed_quarterly_fire_months_back()
    {
        var missed = CronTimes.LatestAtOrBefore(DefaultSchedules.Quarterly, TimeZoneInfo.Utc, At("2025-06-20T00:00:00Z"));

        Assert.Equal(At("2025-04-01T08:00:00Z"), missed);
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}

using static ComplianceHub.Notifications.Tests.Directory.TestDpos;

namespace ComplianceHub.Notifications.Tests.Directory;

public sealed class WorkingHoursCalendarTests
{
    [Theory]
    [InlineData("2026-06-16T07:00:00Z", true)] // Tuesday 09:00 CEST: the window opens
    [InlineData("2026-06-16T06:59:00Z", false)] // 08:59 CEST
    [InlineData("2026-06-16T15:29:00Z", true)] // 17:29 CEST
    [InlineData("2026-06-16T15:30:00Z", false)] // 17:30 CEST: the end is not in the window
    [InlineData("2026-06-13T10:00:00Z", false)] // Saturday noon
    [InlineData("2026-01-13T08:00:00Z", true)] // Tuesday 09:00 CET (winter offset)
    [InlineData("2026-01-13T07:30:00Z", false)] // 08:30 CET, although 09:30 at the summer offset
    public void Working_time_is_read_in_the_dpos_own_zone(string instant, bool expected) =>
        Assert.Equal(expected, WorkingHoursCalendar.IsWorkingTime(Berlin(), Utc(instant)));

    [Fact]
    public void Within_working_hours_the_next_start_is_the_instant_itself()
    {
        var instant = Utc("2026-06-16T10:00:00Z");
        Assert.Equal(instant, WorkingHoursCalendar.NextWorkingStart(Berlin(), instant));
    }

    [Fact]
    public void After_hours_on_a_friday_the_next_start_is_monday_morning() =>
        Assert.Equal(Utc("2026-06-15T07:00:00Z"), WorkingHoursCalendar.NextWorkingStart(Berlin(), Utc("2026-06-12T16:00:00Z")));

    [Fact]
    public void A_holiday_is_skipped_and_is_not_working_time()
    {
        var dpo = Berlin(new DateOnly(2026, 12, 24));
        Assert.False(WorkingHoursCalendar.IsWorkingTime(dpo, Utc("2026-12-24T10:00:00Z")));
        Assert.Equal(Utc("2026-12-25T08:00:00Z"), WorkingHoursCalendar.NextWorkingStart(dpo, Utc("2026-12-23T17:00:00Z")));
        Assert.Equal(Utc("2026-12-24T08:00:00Z"), WorkingHoursCalendar.NextWorkingStart(Berlin(), Utc("2026-12-23T17:00:00Z")));
    }

    [Fact]
    public void After_the_spring_change_a_nine_oclock_start_is_nine_oclock_at_the_summer_offset()
    {
        // Friday 27 March 18:00 CET; clocks go forward on Sunday 29 March 2026; Monday 09:00 CEST is 07:00 UTC.
        Assert.Equal(Utc("2026-03-30T07:00:00Z"), WorkingHoursCalendar.NextWorkingStart(Berlin(), Utc("2026-03-27T17:00:00Z")));
        Assert.True(WorkingHoursCalendar.IsWorkingTime(Berlin(), Utc("2026-03-30T07:00:00Z")));
        Assert.False(WorkingHoursCalendar.IsWorkingTime(Berlin(), Utc("2026-03-30T06:59:00Z")));
    }

    [Fact]
    public void After_the_autumn_change_a_nine_oclock_start_is_nine_oclock_at_the_winter_offset() =>
        Assert.Equal(Utc("2026-10-26T08:00:00Z"), WorkingHoursCalendar.NextWorkingStart(Berlin(), Utc("2026-10-23T16:00:00Z")));

    [Fact]
    public void A_window_start_in_the_spring_gap_moves_to_the_first_valid_local_time()
    {
        // 02:30 does not exist in Berlin on 29 March 2026: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
        var dpo = Make("Europe/Berlin", [new WorkingPeriod(DayOfWeek.Sunday, new TimeOnly(2, 30), new TimeOnly(4, 0))]);
        Assert.Equal(Utc("2026-03-29T01:00:00Z"), WorkingHoursCalendar.NextWorkingStart(dpo, Utc("2026-03-29T00:00:00Z")));
        Assert.True(WorkingHoursCalendar.IsWorkingTime(dpo, Utc("2026-03-29T01:00:00Z")));
        Assert.False(WorkingHoursCalendar.IsWorkingTime(dpo, Utc("2026-03-29T02:00:00Z"))); // 04:00 CEST
    }

    [Fact]
    public void A_window_start_repeated_in_autumn_starts_at_its_first_occurrence()
    {
        // 02:30 happens twice in Berlin on 25 October 2026: at 00:30 UTC (CEST) and at 01:30 UTC (CET).
        var dpo = Make("Europe/Berlin", [new WorkingPeriod(DayOfWeek.Sunday, new TimeOnly(2, 30), new TimeOnly(4, 0))]);
        Assert.Equal(Utc("2026-10-25T00:30:00Z"), WorkingHoursCalendar.NextWorkingStart(dpo, Utc("2026-10-24T22:00:00Z")));
        Assert.True(WorkingHoursCalendar.IsWorkingTime(dpo, Utc("2026-10-25T00:45:00Z"))); // 02:45 CEST
        Assert.False(WorkingHoursCalendar.IsWorkingTime(dpo, Utc("2026-10-25T01:15:00Z"))); // 02:15 CET, the repeated hour
        Assert.True(WorkingHoursCalendar.IsWorkingTime(dpo, Utc("2026-10-25T02:59:00Z"))); // 03:59 CET
        Assert.False(WorkingHoursCalendar.IsWorkingTime(dpo, Utc("2026-10-25T03:00:00Z"))); // 04:00 CET
    }

    [Fact]
    public void A_lunch_break_moves_the_next_start_to_the_afternoon_window()
    {
        var dpo = Make("Europe/Berlin", [.. Weekdays(new TimeOnly(9, 0), new TimeOnly(12, 0)), .. Weekdays(new TimeOnly(13, 0), new TimeOnly(17, 0))]);
        Assert.False(WorkingHoursCalendar.IsWorkingTime(dpo, Utc("2026-06-16T10:30:00Z")));
        Assert.Equal(Utc("2026-06-16T11:00:00Z"), WorkingHoursCalendar.NextWorkingStart(dpo, Utc("2026-06-16T10:30:00Z")));
    }

    [Fact]
    public void Another_zone_puts_the_window_at_another_instant()
    {
        var tokyo = Make("Asia/Tokyo", [.. Weekdays(new TimeOnly(9, 0), new TimeOnly(18, 0))]);
        // Saturday 13 June 2026 noon UTC is Saturday 21:00 in Tokyo; Monday 09:00 JST is Monday 00:00 UTC.
        Assert.Equal(Utc("2026-06-15T00:00:00Z"), WorkingHoursCalendar.NextWorkingStart(tokyo, Utc("2026-06-13T12:00:00Z")));
    }

    [Fact]
    public void A_dpo_without_working_hours_is_never_in_working_time_but_always_reachable()
    {
        var dpo = Make("Europe/Berlin", []);
        var instant = Utc("2026-06-13T03:00:00Z");
        Assert.False(WorkingHoursCalendar.IsWorkingTime(dpo, instant));
        Assert.Equal(instant, WorkingHoursCalendar.NextWorkingStart(dpo, instant));
    }
}

namespace ComplianceHub.DataSubjectRequests.Tests;

/// <summary>Art. 12(3) with Regulation 1182/71: month ends, leap years, pauses, extensions and time zones.</summary>
public sealed class RequestDeadlinesTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    private static readonly TimeSpan LastMicrosecond = TimeSpan.FromTicks(TimeSpan.TicksPerMicrosecond);

    [Theory]
    [InlineData("2026-01-31", "2026-02-28")]
    [InlineData("2028-01-31", "2028-02-29")]
    [InlineData("2028-01-29", "2028-02-29")]
    [InlineData("2026-04-30", "2026-05-30")]
    [InlineData("2026-03-31", "2026-04-30")]
    [InlineData("2026-01-15", "2026-02-15")]
    [InlineData("2026-12-31", "2027-01-31")]
    [InlineData("2026-05-31", "2026-06-30")]
    public void When_a_request_is_received_it_is_due_at_the_end_of_the_same_date_next_month_or_that_months_last_day(string received, string due)
    {
        var receivedAt = DateOnly.Parse(received).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
        var dueAt = RequestDeadlines.DueAt(new DateTimeOffset(receivedAt), Utc, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(DateOnly.Parse(due).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - LastMicrosecond, dueAt);
    }

    [Fact]
    public void Should_count_the_controllers_calendar_day_not_the_utc_one()
    {
        // 31 January 23:30 UTC is already 1 February in Berlin: due at the end of 1 March, Berlin time (CET, +01:00).
        var dueAt = RequestDeadlines.DueAt(new DateTimeOffset(2026, 1, 31, 23, 30, 0, TimeSpan.Zero), Berlin, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 23, 0, 0, TimeSpan.Zero) - LastMicrosecond, dueAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(1)) - LastMicrosecond, dueAt);
    }

    [Fact]
    public void Should_end_the_day_in_summer_time_when_the_deadline_falls_after_the_clocks_change()
    {
        // Received 10 March 2026 (CET); due 10 April (CEST, +02:00): the end of that day is 21:59:59.999999 UTC.
        var dueAt = RequestDeadlines.DueAt(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(1)), Berlin, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 4, 10, 22, 0, 0, TimeSpan.Zero) - LastMicrosecond, dueAt);
    }

    [Fact]
    public void Should_move_the_deadline_by_the_length_of_every_pause()
    {
        var received = new DateTimeOffset(2026, 1, 31, 10, 0, 0, TimeSpan.Zero);
        var pauses = new (DateTimeOffset, DateTimeOffset?)[]
        {
            (received.AddDays(2), received.AddDays(5)),
            (received.AddDays(10), received.AddDays(10).AddHours(6)),
        };
        var paused = RequestDeadlines.Paused(pauses, received.AddDays(20));
        Assert.Equal(TimeSpan.FromDays(3) + TimeSpan.FromHours(6), paused);
        Assert.Equal(RequestDeadlines.DueAt(received, Utc, 0, TimeSpan.Zero) + paused, RequestDeadlines.DueAt(received, Utc, 0, paused));
    }

    [Fact]
    public void Should_count_an_open_pause_up_to_now()
    {
        var start = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromHours(30), RequestDeadlines.Paused([(start, null)], start.AddHours(30)));
    }

    [Theory]
    [InlineData("2026-01-31", 1, "2026-03-28")]
    [InlineData("2026-01-31", 2, "2026-04-28")]
    [InlineData("2026-04-30", 2, "2026-07-30")]
    [InlineData("2027-12-31", 2, "2028-03-31")]
    public void Should_count_extension_months_from_the_first_due_date(string received, int months, string due)
    {
        var receivedAt = new DateTimeOffset(DateOnly.Parse(received).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        Assert.Equal(
            new DateTimeOffset(DateOnly.Parse(due).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - LastMicrosecond,
            RequestDeadlines.DueAt(receivedAt, Utc, months, TimeSpan.Zero));
    }

    [Fact]
    public void Should_allow_an_extension_noticed_and_requested_inside_the_first_month()
    {
        var received = new DateTimeOffset(2026, 1, 31, 10, 0, 0, TimeSpan.Zero);
        var firstMonthEnds = RequestDeadlines.FirstMonthEnds(received, Utc);
        Assert.Null(RequestDeadlines.CheckExtension(0, 2, received, firstMonthEnds, firstMonthEnds.AddHours(-1), firstMonthEnds.AddMinutes(-1)));
        Assert.Null(RequestDeadlines.CheckExtension(1, 1, received, firstMonthEnds, received.AddDays(3), received.AddDays(20)));
    }

    [Fact]
    public void When_the_first_month_is_over_an_extension_is_refused()
    {
        var received = new DateTimeOffset(2026, 1, 31, 10, 0, 0, TimeSpan.Zero);
        var firstMonthEnds = RequestDeadlines.FirstMonthEnds(received, Utc);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) - LastMicrosecond, firstMonthEnds);
        Assert.Equal(ExtensionRefusal.FirstMonthOver, RequestDeadlines.CheckExtension(0, 1, received, firstMonthEnds, received.AddDays(5), firstMonthEnds.AddSeconds(1)));
        Assert.Equal(ExtensionRefusal.NoticeAfterFirstMonth, RequestDeadlines.CheckExtension(0, 1, received, firstMonthEnds, firstMonthEnds.AddSeconds(1), firstMonthEnds.AddSeconds(2)));
        Assert.Equal(ExtensionRefusal.NoticeBeforeReceipt, RequestDeadlines.CheckExtension(0, 1, received, firstMonthEnds, received.AddDays(-1), received.AddDays(1)));
    }

    [Theory]
    [InlineData(0, 3, ExtensionRefusal.MonthsOutOfRange)]
    [InlineData(0, 0, ExtensionRefusal.MonthsOutOfRange)]
    [InlineData(1, 2, ExtensionRefusal.MoreThanTwoMonths)]
    [InlineData(2, 1, ExtensionRefusal.MoreThanTwoMonths)]
    public void Should_never_extend_by_more_than_two_months_in_total(int already, int additional, ExtensionRefusal expected)
    {
        var received = new DateTimeOffset(2026, 1, 10, 10, 0, 0, TimeSpan.Zero);
        var firstMonthEnds = RequestDeadlines.FirstMonthEnds(received, Utc);
        Assert.Equal(expected, RequestDeadlines.CheckExtension(already, additional, received, firstMonthEnds, received.AddDays(1), received.AddDays(2)));
    }

    [Fact]
    public void Should_let_a_pause_lengthen_the_first_month_for_an_extension()
    {
        var received = new DateTimeOffset(2026, 1, 10, 10, 0, 0, TimeSpan.Zero);
        var firstMonthEnds = RequestDeadlines.FirstMonthEnds(received, Utc, TimeSpan.FromDays(5));
        Assert.Equal(RequestDeadlines.FirstMonthEnds(received, Utc).AddDays(5), firstMonthEnds);
        Assert.Null(RequestDeadlines.CheckExtension(0, 1, received, firstMonthEnds, firstMonthEnds.AddDays(-1), firstMonthEnds.AddDays(-1)));
    }

    [Fact]
    public void Should_end_a_day_whose_next_midnight_is_skipped_by_summer_time_at_the_first_valid_instant()
    {
        // America/Santiago skips 00:00 → 01:00 on the first Sunday of September: 6 September 2026 starts at 01:00 -03:00.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        var end = RequestDeadlines.EndOfDay(new DateOnly(2026, 9, 5), santiago);
        Assert.Equal(new DateTimeOffset(2026, 9, 6, 1, 0, 0, TimeSpan.FromHours(-3)) - LastMicrosecond, end);
    }
}

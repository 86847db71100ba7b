namespace ComplianceHub.Breaches.Tests;

/// <summary>Art. 33(1): 72 hours of elapsed time after awareness, whatever the clocks on the wall do.</summary>
public sealed class AuthorityDeadlineTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void The_deadline_is_72_hours_after_awareness()
    {
        var awareAt = new DateTimeOffset(2026, 11, 23, 14, 5, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 14, 5, 0, TimeSpan.Zero), AuthorityDeadline.From(awareAt));
    }

    [Fact]
    public void When_clocks_spring_forward_inside_the_window_the_local_deadline_is_an_hour_later_on_the_wall()
    {
        // 28 March 2026 09:00 CET; clocks go to CEST in the night to 29 March.
        var awareAt = new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.FromHours(1));

        var local = TimeZoneInfo.ConvertTime(AuthorityDeadline.From(awareAt), Berlin);

        Assert.Equal(new DateTime(2026, 3, 31, 10, 0, 0), local.DateTime);
        Assert.Equal(TimeSpan.FromHours(72), AuthorityDeadline.From(awareAt) - awareAt);
    }

    [Fact]
    public void When_clocks_fall_back_inside_the_window_the_local_deadline_is_an_hour_earlier_on_the_wall()
    {
        // 24 October 2026 09:00 CEST; clocks go back to CET in the night to 25 October.
        var awareAt = new DateTimeOffset(2026, 10, 24, 9, 0, 0, TimeSpan.FromHours(2));

        var local = TimeZoneInfo.ConvertTime(AuthorityDeadline.From(awareAt), Berlin);

        Assert.Equal(new DateTime(2026, 10, 27, 8, 0, 0), local.DateTime);
    }

    [Fact]
    public void The_deadline_is_stored_in_UTC_whatever_offset_awareness_was_given_in()
    {
        var awareAt = new DateTimeOffset(2026, 6, 1, 23, 30, 0, TimeSpan.FromHours(3));

        var deadline = AuthorityDeadline.From(awareAt);

        Assert.Equal(TimeSpan.Zero, deadline.Offset);
        Assert.Equal(new DateTimeOffset(2026, 6, 4, 20, 30, 0, TimeSpan.Zero), deadline);
    }
}

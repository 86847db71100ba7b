namespace ComplianceHub.Security.Tests.Rules;

public sealed class AccessPatternRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly RuleThresholds Defaults = new();

    [Theory]
    [InlineData(1500, 300.0, false)] // exactly 5x the hourly baseline: not above it
    [InlineData(1501, 300.0, true)]
    [InlineData(999, 0.0, false)] // below the 1,000-record floor, whatever the baseline
    [InlineData(1000, 0.0, true)] // a principal without history: the floor alone
    [InlineData(1000, 199.9, true)]
    [InlineData(1000, 200.0, false)]
    public void Should_fire_above_five_times_the_hourly_baseline_and_from_1000_records(long read, double baseline, bool fires) =>
        Assert.Equal(fires, AccessPatternRule.Fires(read, baseline, T0, null, Defaults));

    [Fact]
    public void When_it_fired_it_stays_quiet_for_ten_minutes()
    {
        Assert.False(AccessPatternRule.Fires(5000, 0, T0.AddMinutes(9), T0, Defaults));
        Assert.True(AccessPatternRule.Fires(5000, 0, T0.AddMinutes(10), T0, Defaults));
    }

    [Fact]
    public void The_baseline_covers_the_168_whole_hours_before_the_windows_hour()
    {
        var (from, to) = AccessBaseline.Range(new DateTimeOffset(2026, 3, 9, 10, 7, 30, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero), to);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), from);
    }

    [Fact]
    public void The_baseline_is_the_records_of_those_hours_per_hour_counting_idle_hours_as_zero()
    {
        Assert.Equal(300.0, AccessBaseline.PerHour(300 * 168));
        Assert.Equal(1.0, AccessBaseline.PerHour(168));
        Assert.Equal(0.0, AccessBaseline.PerHour(0));
    }

    [Fact]
    public void The_baseline_range_is_taken_in_UTC_whatever_the_offset()
    {
        var (_, to) = AccessBaseline.Range(new DateTimeOffset(2026, 3, 9, 11, 7, 0, TimeSpan.FromHours(1)));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero), to);
    }
}

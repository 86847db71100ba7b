namespace ComplianceHub.Security.Tests.Rules;

public sealed class RepeatedDenialsRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly RuleThresholds Defaults = new();

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(11, true)]
    public void Should_fire_from_ten_denials_in_the_window(int denied, bool fires) =>
        Assert.Equal(fires, RepeatedDenialsRule.Fires(denied, T0, null, Defaults));

    [Fact]
    public void When_it_fired_within_the_window_it_stays_quiet_until_a_full_window_has_passed()
    {
        Assert.False(RepeatedDenialsRule.Fires(15, T0.AddMinutes(4).AddSeconds(59), T0, Defaults));
        Assert.True(RepeatedDenialsRule.Fires(15, T0.AddMinutes(5), T0, Defaults));
    }

    [Fact]
    public void Should_use_the_organisations_own_threshold() =>
        Assert.True(RepeatedDenialsRule.Fires(3, T0, null, new RuleThresholds { DeniedAttempts = 3 }));
}

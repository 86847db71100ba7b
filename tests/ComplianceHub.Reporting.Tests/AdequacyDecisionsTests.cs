namespace ComplianceHub.Reporting.Tests;

public sealed class AdequacyDecisionsTests
{
    private static readonly AdequacyDecisions Bundled = AdequacyDecisions.Bundled();

    [Theory]
    [InlineData("JP", true)]
    [InlineData("CH", true)]
    [InlineData("DE", true)]
    [InlineData("IN", false)]
    [InlineData("CN", false)]
    public void Should_know_which_destinations_need_no_safeguard(string country, bool adequate) =>
        Assert.Equal(adequate, Bundled.IsAdequate(country, new DateOnly(2026, 12, 1)));

    [Fact]
    public void When_a_decision_has_lapsed_the_destination_is_no_longer_adequate()
    {
        Assert.True(Bundled.IsAdequate("GB", new DateOnly(2031, 12, 27)));
        Assert.False(Bundled.IsAdequate("GB", new DateOnly(2031, 12, 28)));
        Assert.False(Bundled.IsAdequate("US", new DateOnly(2023, 7, 9)));
    }

    [Fact]
    public void Should_refuse_a_list_that_names_an_EEA_state() =>
        Assert.Throws<InvalidOperationException>(() => new AdequacyDecisions(
            [new AdequacyDecision { Country = "FR", Name = "France", Decision = "none", AdoptedOn = new DateOnly(2020, 1, 1) }]));
}

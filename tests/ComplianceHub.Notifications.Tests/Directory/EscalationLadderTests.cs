using static ComplianceHub.Notifications.Tests.Directory.TestDpos;

namespace ComplianceHub.Notifications.Tests.Directory;

public sealed class EscalationLadderTests
{
    private static readonly DateTimeOffset Now = Utc("2026-06-16T10:00:00Z");

    [Fact]
    public void Without_a_policy_the_ladder_is_regional_then_deputy_after_15_then_group_after_30_three_times()
    {
        var ladder = EscalationLadder.For(null);
        Assert.Equal(3, ladder.RepeatCount);
        Assert.Equal([0, 15, 30], ladder.Levels.Select(l => l.WaitMinutes));
        Assert.Equal(["regional", "deputy", "group"], ladder.Levels.Select(l => Assert.Single(l.Targets)));
    }

    [Fact]
    public void A_policy_brings_its_own_levels_and_repeat_count()
    {
        var policy = new EscalationPolicy { Name = "p", Levels = [new(["group"], 0)], RepeatCount = 5 };
        var ladder = EscalationLadder.For(policy);
        Assert.Equal(5, ladder.RepeatCount);
        Assert.Same(policy.Levels, ladder.Levels);
    }

    [Fact]
    public void Targets_resolve_to_the_regional_dpo_its_deputy_the_group_dpo_and_named_dpos_skipping_missing_ones()
    {
        var group = Covering(0, isGroup: true);
        var deputy = Covering(5, isGroup: false);
        var regional = Covering(10, isGroup: false, "DE");
        regional.DeputyId = deputy.Id;
        var other = Covering(15, isGroup: false, "FR");
        Dpo[] dpos = [group, deputy, regional, other];

        var level = new EscalationLevel(["regional", "deputy", "group", other.Id.ToString(), Guid.NewGuid().ToString(), "group"], 0);
        Assert.Equal([regional, deputy, group, other], EscalationLadder.Targets(level, regional, dpos));
    }

    [Fact]
    public void Without_a_regional_dpo_regional_and_deputy_mean_the_group_dpo_and_its_deputy()
    {
        var deputy = Covering(5, isGroup: false);
        var group = Covering(0, isGroup: true);
        group.DeputyId = deputy.Id;
        Dpo[] dpos = [group, deputy];

        Assert.Equal([group], EscalationLadder.Targets(new EscalationLevel(["regional"], 0), null, dpos));
        Assert.Equal([deputy], EscalationLadder.Targets(new EscalationLevel(["deputy"], 15), null, dpos));
    }

    [Fact]
    public void A_deputy_that_is_gone_is_skipped()
    {
        var regional = Covering(10, isGroup: false, "DE");
        regional.DeputyId = Guid.NewGuid();
        Assert.Empty(EscalationLadder.Targets(new EscalationLevel(["deputy"], 15), regional, [regional]));
    }

    [Fact]
    public void Without_a_deadline_the_configured_wait_holds() =>
        Assert.Equal(TimeSpan.FromMinutes(15), EscalationLadder.Wait(TimeSpan.FromMinutes(15), Now, null));

    [Theory]
    [InlineData(72 * 60, 15, 15)] // far from the deadline: as configured
    [InlineData(40, 15, 10)] // a quarter of the 40 minutes left
    [InlineData(60, 15, 15)] // exactly a quarter left
    [InlineData(2, 15, 1)] // a quarter would be 30 s: never under a minute
    [InlineData(-30, 15, 1)] // the deadline passed: every minute
    [InlineData(10, 0, 0)] // the first level stays immediate
    public void Near_a_legal_deadline_the_wait_is_at_most_a_quarter_of_the_time_left(int minutesLeft, int configured, double expected) =>
        Assert.Equal(
            TimeSpan.FromMinutes(expected),
            EscalationLadder.Wait(TimeSpan.FromMinutes(configured), Now, Now.AddMinutes(minutesLeft)));
}

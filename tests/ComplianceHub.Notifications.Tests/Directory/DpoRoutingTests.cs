using static ComplianceHub.Notifications.Tests.Directory.TestDpos;

namespace ComplianceHub.Notifications.Tests.Directory;

public sealed class DpoRoutingTests
{
    private readonly Dpo _group = Covering(0, isGroup: true);
    private readonly Dpo _laterGerman = Covering(20, isGroup: false, "DE", "AT");
    private readonly Dpo _earlierGerman = Covering(10, isGroup: false, "FR", "DE");

    [Fact]
    public void An_alert_from_a_covered_country_goes_to_the_regional_dpo_created_first()
    {
        Dpo[] dpos = [_group, _laterGerman, _earlierGerman];
        Assert.Same(_earlierGerman, DpoRouting.Regional(dpos, "DE"));
        Assert.Same(_earlierGerman, DpoRouting.Resolve(dpos.Reverse(), "DE"));
        Assert.Same(_laterGerman, DpoRouting.Resolve(dpos, "AT"));
    }

    [Theory]
    [InlineData("IT")]
    [InlineData(null)]
    [InlineData("")]
    public void An_alert_no_regional_dpo_covers_goes_to_the_group_dpo(string? country)
    {
        Dpo[] dpos = [_laterGerman, _group, _earlierGerman];
        Assert.Null(DpoRouting.Regional(dpos, country));
        Assert.Same(_group, DpoRouting.Resolve(dpos, country));
    }

    [Fact]
    public void Without_a_group_dpo_an_uncovered_alert_has_no_recipient()
    {
        Assert.Null(DpoRouting.Group([_laterGerman]));
        Assert.Null(DpoRouting.Resolve([_laterGerman], "IT"));
    }
}

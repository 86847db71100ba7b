namespace ComplianceHub.Notifications.Tests.Directory;

public sealed class ChannelMatrixTests
{
    private static readonly Dictionary<string, List<string>> None = [];

    [Theory]
    [InlineData(AlertPriority.Critical, true, "Email,Sms,InApp", false, false)]
    [InlineData(AlertPriority.Critical, false, "Email,Sms,InApp", false, false)]
    [InlineData(AlertPriority.High, true, "Email,InApp", false, false)]
    [InlineData(AlertPriority.High, false, "Email,InApp,Sms", false, false)]
    [InlineData(AlertPriority.Medium, true, "Email,InApp", false, false)]
    [InlineData(AlertPriority.Medium, false, "Email,InApp", true, false)]
    [InlineData(AlertPriority.Low, true, "Email", false, true)]
    [InlineData(AlertPriority.Low, false, "Email", false, true)]
    public void The_default_matrix_follows_priority_and_working_time(AlertPriority priority, bool workingTime, string channels, bool defer, bool digest)
    {
        var plan = ChannelMatrix.Plan(priority, workingTime, None);
        Assert.Equal(channels.Split(',').Select(Enum.Parse<ChannelKind>), plan.Channels);
        Assert.Equal(defer, plan.Defer);
        Assert.Equal(digest, plan.Digest);
    }

    [Fact]
    public void A_preference_replaces_the_channels_in_its_order_but_not_the_deferral()
    {
        var preferences = new Dictionary<string, List<string>> { ["Medium"] = ["Sms", "Email"] };
        var plan = ChannelMatrix.Plan(AlertPriority.Medium, workingTime: false, preferences);
        Assert.Equal([ChannelKind.Sms, ChannelKind.Email], plan.Channels);
        Assert.True(plan.Defer);
    }

    [Fact]
    public void A_preference_for_another_priority_leaves_the_default()
    {
        var preferences = new Dictionary<string, List<string>> { ["Low"] = ["InApp"] };
        Assert.Equal([ChannelKind.Email, ChannelKind.Sms, ChannelKind.InApp], ChannelMatrix.Plan(AlertPriority.Critical, true, preferences).Channels);
        var low = ChannelMatrix.Plan(AlertPriority.Low, true, preferences);
        Assert.Equal([ChannelKind.InApp], low.Channels);
        Assert.True(low.Digest);
    }

    [Fact]
    public void A_critical_alert_is_never_deferred_whatever_the_preference()
    {
        var preferences = new Dictionary<string, List<string>> { ["Critical"] = ["InApp"] };
        var plan = ChannelMatrix.Plan(AlertPriority.Critical, workingTime: false, preferences);
        Assert.Equal([ChannelKind.InApp], plan.Channels);
        Assert.False(plan.Defer);
        Assert.False(plan.Digest);
    }
}

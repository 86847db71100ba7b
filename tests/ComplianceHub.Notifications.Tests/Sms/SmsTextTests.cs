namespace ComplianceHub.Notifications.Tests.Sms;

public sealed class SmsTextTests
{
    private static readonly ChannelRecipient Dpo = new() { Id = Guid.NewGuid(), Name = "Dana", Phone = "+4915112345678" };

    [Fact]
    public void The_text_is_priority_title_and_acknowledgement_link_on_one_line()
    {
        var message = ChannelMessages.For(Dpo, title: "Breach at\r\nwarehouse   7", acknowledgeUrl: "https://hub.example/ack/abc");

        Assert.Equal("[Critical] Breach at warehouse 7 https://hub.example/ack/abc", SmsText.For(message));
    }

    [Fact]
    public void Without_a_link_the_text_is_priority_and_title()
    {
        Assert.Equal("[Critical] Breach reported", SmsText.For(ChannelMessages.For(Dpo, acknowledgeUrl: null)));
    }

    [Fact]
    public void A_long_title_is_shortened_to_three_segments_and_the_link_is_kept_whole()
    {
        var link = "https://hub.example/ack/" + new string('t', 120);
        var text = SmsText.For(ChannelMessages.For(Dpo, title: new string('x', 1000), acknowledgeUrl: link));

        Assert.Equal(SmsText.MaxLength, text.Length);
        Assert.EndsWith("… " + link, text, StringComparison.Ordinal);
        Assert.StartsWith("[Critical] xxx", text, StringComparison.Ordinal);
    }
}

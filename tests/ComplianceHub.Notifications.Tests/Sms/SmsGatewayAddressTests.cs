namespace ComplianceHub.Notifications.Tests.Sms;

/// <summary>The SMS gateway's URL is configuration: an internal address must be allow-listed, at start and at every connection.</summary>
public sealed class SmsGatewayAddressTests
{
    private static readonly Channels.ChannelRecipient Dpo = new() { Id = Guid.NewGuid(), Name = "Dana", Phone = "+4915112345678" };

    private readonly string _data = System.IO.Directory.CreateTempSubdirectory("ch-sms-").FullName;

    [Theory]
    [InlineData("http://127.0.0.1:9/messages")]
    [InlineData("https://10.0.0.1/send")]
    [InlineData("https://169.254.169.254/latest")]
    [InlineData("https://[fd00::1]/send")]
    [InlineData("https://[::ffff:192.168.1.10]/send")]
    [InlineData("https://localhost/send")]
    public void When_the_gateway_is_on_an_internal_address_that_is_not_allowed_Should_stop_the_start_naming_the_url(string url)
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => SmsChannels.Build(_data, "Modules:Notifications:Sms:Mode=Http", $"Modules:Notifications:Sms:Url={url}"));

        Assert.Contains(error.Errors, e => e.StartsWith("Modules:Notifications:Sms:Url", StringComparison.Ordinal) && e.Contains("Http:Outbound:AllowedNetworks", StringComparison.Ordinal));
    }

    [Fact]
    public void When_the_gateway_network_is_allow_listed_Should_start()
    {
        var services = SmsChannels.Build(_data, "Modules:Notifications:Sms:Mode=Http", "Modules:Notifications:Sms:Url=https://10.0.0.1/send", "Http:Outbound:AllowedNetworks:0=10.0.0.0/8");

        Assert.NotNull(services.Sms());
    }

    [Fact]
    public void When_plain_http_goes_to_an_allow_listed_private_address_Should_stop_the_start()
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => SmsChannels.Build(
            _data, "Modules:Notifications:Sms:Mode=Http", "Modules:Notifications:Sms:Url=http://10.0.0.1/send", "Http:Outbound:AllowedNetworks:0=10.0.0.0/8"));

        Assert.Contains(error.Errors, e => e.StartsWith("Modules:Notifications:Sms:Url must use https", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.1/8")]
    [InlineData("10.0.0.0/33")]
    [InlineData("gateway.internal/24")]
    public void When_an_allowed_network_is_not_a_cidr_block_Should_stop_the_start_naming_its_key(string network)
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => SmsChannels.Build(_data, "Http:Outbound:AllowedNetworks:0=127.0.0.0/8", $"Http:Outbound:AllowedNetworks:1={network}"));

        Assert.Equal(["Http:Outbound:AllowedNetworks:1"], error.Errors.Select(e => e.Split(' ')[0]));
    }

    [Fact]
    public async Task When_the_gateway_name_now_resolves_to_loopback_Should_refuse_before_connecting_without_naming_the_address()
    {
        await using var gateway = await CountingReceiver.StartAsync();
        var dns = new ScriptedResolver();
        dns.Set("sms-gateway.example", "127.0.0.1");
        var services = SmsChannels.Build(
            _data, s => s.AddSingleton<IOutboundAddressResolver>(dns),
            "Modules:Notifications:Sms:Mode=Http", $"Modules:Notifications:Sms:Url=https://sms-gateway.example:{gateway.Port}/messages");

        var result = await services.Sms().SendAsync(ChannelMessages.For(Dpo), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Contains(OutboundRequestRefusedException.Reason, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", result.Error, StringComparison.Ordinal);
        Assert.True(dns.Lookups > 0, "the guard did not resolve the gateway's name");
        Assert.Equal(0, gateway.Connections);
    }
}

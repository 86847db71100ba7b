using ComplianceHub.Shared.Http.Outbound;

namespace ComplianceHub.Shared.Tests.Http.Outbound;

/// <summary>The address classifier behind the SSRF guard: every special-purpose range, the IPv6 forms of IPv4, and the allow-list.</summary>
public sealed class OutboundAddressPolicyTests
{
    private static readonly OutboundAddressPolicy NoAllowList = new([]);

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.255.254", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("10.255.255.255", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.254", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fc00::1", "private")]
    [InlineData("fd00::1", "private")]
    [InlineData("fd00:ec2::254", "private")] // the AWS metadata service over IPv6
    [InlineData("fec0::1", "private")]
    [InlineData("64:ff9b:1::a00:1", "private")]
    [InlineData("169.254.0.1", "link-local")]
    [InlineData("169.254.169.254", "link-local")] // the metadata service of AWS, GCP, Azure, OpenStack
    [InlineData("fe80::1", "link-local")]
    [InlineData("febf:ffff::1", "link-local")]
    [InlineData("168.63.129.16", "cloud metadata")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.100.100.200", "carrier-grade NAT")] // Alibaba's metadata service
    [InlineData("100.127.255.254", "carrier-grade NAT")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("0.1.2.3", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("192.0.2.1", "documentation")]
    [InlineData("198.51.100.1", "documentation")]
    [InlineData("203.0.113.1", "documentation")]
    [InlineData("2001:db8::1", "documentation")]
    [InlineData("3fff::1", "documentation")]
    [InlineData("192.0.0.8", "reserved")]
    [InlineData("192.88.99.1", "reserved")]
    [InlineData("198.18.0.1", "reserved")]
    [InlineData("198.19.255.254", "reserved")]
    [InlineData("240.0.0.1", "reserved")]
    [InlineData("100::1", "reserved")]
    [InlineData("2001::1", "reserved")] // Teredo
    [InlineData("2001:10::1", "reserved")]
    [InlineData("5f00::1", "reserved")]
    [InlineData("::127.0.0.1", "reserved")] // IPv4-compatible (deprecated)
    [InlineData("::8.8.8.8", "reserved")]
    [InlineData("4000::1", "reserved")] // outside 2000::/3: unallocated
    public void Internal_and_special_purpose_addresses_are_refused_by_kind(string address, string kind) =>
        Assert.Equal(kind, NoAllowList.RefusalOf(IPAddress.Parse(address), plainHttp: false));

    [Theory]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("::ffff:100.64.0.1", "carrier-grade NAT")]
    [InlineData("::ffff:0.0.0.0", "unspecified")]
    [InlineData("64:ff9b::7f00:1", "loopback")] // NAT64 of 127.0.0.1
    [InlineData("64:ff9b::a9fe:a9fe", "link-local")] // NAT64 of 169.254.169.254
    [InlineData("64:ff9b::c0a8:101", "private")] // NAT64 of 192.168.1.1
    [InlineData("2002:7f00:1::", "loopback")] // 6to4 of 127.0.0.1
    [InlineData("2002:a00:1::1", "private")] // 6to4 of 10.0.0.1
    public void IPv6_forms_of_IPv4_are_judged_by_the_IPv4_address_they_reach(string address, string kind) =>
        Assert.Equal(kind, NoAllowList.RefusalOf(IPAddress.Parse(address), plainHttp: false));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("93.184.215.14")]
    [InlineData("100.63.255.255")] // just below 100.64/10
    [InlineData("100.128.0.0")] // just above it
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("198.20.0.0")]
    [InlineData("223.255.255.255")]
    [InlineData("2a00:1450:4001:80b::200e")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")] // NAT64 of 8.8.8.8: how IPv6-only networks reach public IPv4 receivers
    [InlineData("2002:808:808::1")]
    public void Public_addresses_may_be_reached_over_https(string address) =>
        Assert.Null(NoAllowList.RefusalOf(IPAddress.Parse(address), plainHttp: false));

    [Fact]
    public void Plain_http_is_refused_even_to_a_public_address() =>
        Assert.Equal(OutboundAddressPolicy.PlainHttp, NoAllowList.RefusalOf(IPAddress.Parse("8.8.8.8"), plainHttp: true));

    [Theory]
    [InlineData("10.20.0.1", true)]
    [InlineData("10.20.255.254", true)]
    [InlineData("10.21.0.1", false)]
    [InlineData("10.19.255.255", false)]
    [InlineData("::ffff:10.20.3.4", true)] // the IPv4-mapped form of an allowed address is allowed, too
    [InlineData("fd12:3456::1", true)]
    [InlineData("fd12:3457::1", false)]
    [InlineData("192.168.7.7", true)]
    [InlineData("192.168.7.8", false)]
    [InlineData("127.0.0.1", false)]
    public void Allowed_networks_open_exactly_their_cidr_blocks(string address, bool allowed)
    {
        var policy = Policy("10.20.0.0/16", "fd12:3456::/32", "192.168.7.7/32");

        Assert.Equal(allowed, policy.RefusalOf(IPAddress.Parse(address), plainHttp: false) is null);
    }

    [Theory]
    [InlineData("127.0.0.1", false, true)]
    [InlineData("127.0.0.1", true, true)]
    [InlineData("::ffff:127.0.0.1", true, true)]
    [InlineData("::1", true, true)]
    [InlineData("10.0.0.1", false, true)]
    [InlineData("10.0.0.1", true, false)] // allow-listed, but not loopback: plain http would cross a network in clear
    public void Plain_http_goes_only_to_an_allow_listed_loopback_address(string address, bool plainHttp, bool allowed)
    {
        var policy = Policy("127.0.0.0/8", "::1/128", "10.0.0.0/8");

        Assert.Equal(allowed, policy.RefusalOf(IPAddress.Parse(address), plainHttp) is null);
    }

    [Fact]
    public void Without_the_allow_list_loopback_is_refused_over_plain_http_too() =>
        Assert.NotNull(NoAllowList.RefusalOf(IPAddress.Loopback, plainHttp: true));

    [Theory]
    [InlineData("10.0.0.0/8")]
    [InlineData("192.168.7.7/32")]
    [InlineData("fd12:3456::/32")]
    [InlineData(" ::1/128 ")]
    public void A_cidr_block_is_a_valid_allowed_network(string network) =>
        Assert.Empty(new OutboundOptions { AllowedNetworks = [network] }.Validate("Http:Outbound"));

    [Theory]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.1/8")]
    [InlineData("10.0.0.0/33")]
    [InlineData("fd12::/129")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("intranet/8")]
    [InlineData("")]
    public void Anything_else_is_refused_naming_its_key(string network) =>
        Assert.Equal(
            ["Http:Outbound:AllowedNetworks:1"],
            new OutboundOptions { AllowedNetworks = ["127.0.0.0/8", network] }.Validate("Http:Outbound").Select(e => e.Split(' ')[0]));

    private static OutboundAddressPolicy Policy(params string[] networks) =>
        new(new OutboundOptions { AllowedNetworks = networks });
}

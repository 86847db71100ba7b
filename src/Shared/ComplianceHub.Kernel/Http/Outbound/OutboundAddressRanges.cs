using System.Net;

namespace ComplianceHub.Shared.Http.Outbound;

/// <summary>
/// The special-purpose ranges (IANA IPv4 and IPv6 special-purpose registries, as ASVS V12.6 asks) that no webhook,
/// gateway or fulfilment system of a customer may be reached on: requests there would let a caller probe or reach our
/// own network, the node itself or the cloud's metadata service (server-side request forgery).
/// </summary>
internal static class OutboundAddressRanges
{
    public const string Loopback = "loopback";
    public const string Private = "private";
    public const string LinkLocal = "link-local";
    public const string Metadata = "cloud metadata";
    public const string SharedAddressSpace = "carrier-grade NAT";
    public const string Multicast = "multicast";
    public const string Unspecified = "unspecified";
    public const string Broadcast = "broadcast";
    public const string Documentation = "documentation";
    public const string Reserved = "reserved";

    private static readonly (IPNetwork Network, string Kind)[] V4 =
    [
        (IPNetwork.Parse("255.255.255.255/32"), Broadcast),
        (IPNetwork.Parse("168.63.129.16/32"), Metadata), // Azure's wire server: a public address that answers only inside Azure
        (IPNetwork.Parse("0.0.0.0/8"), Unspecified), // "this network": 0.0.0.0 reaches the node itself on Linux
        (IPNetwork.Parse("10.0.0.0/8"), Private),
        (IPNetwork.Parse("100.64.0.0/10"), SharedAddressSpace), // includes Alibaba's metadata service 100.100.100.200
        (IPNetwork.Parse("127.0.0.0/8"), Loopback),
        (IPNetwork.Parse("169.254.0.0/16"), LinkLocal), // includes the metadata service 169.254.169.254
        (IPNetwork.Parse("172.16.0.0/12"), Private),
        (IPNetwork.Parse("192.0.0.0/24"), Reserved),
        (IPNetwork.Parse("192.0.2.0/24"), Documentation),
        (IPNetwork.Parse("192.88.99.0/24"), Reserved),
        (IPNetwork.Parse("192.168.0.0/16"), Private),
        (IPNetwork.Parse("198.18.0.0/15"), Reserved),
        (IPNetwork.Parse("198.51.100.0/24"), Documentation),
        (IPNetwork.Parse("203.0.113.0/24"), Documentation),
        (IPNetwork.Parse("224.0.0.0/4"), Multicast),
        (IPNetwork.Parse("240.0.0.0/4"), Reserved),
    ];

    private static readonly (IPNetwork Network, string Kind)[] V6 =
    [
        (IPNetwork.Parse("::/128"), Unspecified),
        (IPNetwork.Parse("::1/128"), Loopback),
        (IPNetwork.Parse("::/96"), Reserved), // IPv4-compatible (deprecated): never a real destination
        (IPNetwork.Parse("64:ff9b:1::/48"), Private), // local-use NAT64
        (IPNetwork.Parse("100::/64"), Reserved), // discard-only
        (IPNetwork.Parse("2001:db8::/32"), Documentation),
        (IPNetwork.Parse("2001::/23"), Reserved), // IETF protocol assignments, Teredo among them
        (IPNetwork.Parse("3fff::/20"), Documentation),
        (IPNetwork.Parse("5f00::/16"), Reserved),
        (IPNetwork.Parse("fc00::/7"), Private), // unique local, e.g. fd00:ec2::254 (the AWS metadata service)
        (IPNetwork.Parse("fe80::/10"), LinkLocal),
        (IPNetwork.Parse("fec0::/10"), Private), // site-local (deprecated)
        (IPNetwork.Parse("ff00::/8"), Multicast),
    ];

    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>Why <paramref name="address"/> is no public destination (e.g. <c>loopback</c>), or null when it is one.</summary>
    public static string? KindOf(IPAddress address)
    {
        var embedded = EmbeddedIPv4(address);
        if (embedded is not null)
        {
            return KindOf(embedded);
        }

        var table = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? V4 : V6;
        foreach (var (network, kind) in table)
        {
            if (network.Contains(address))
            {
                return kind;
            }
        }

        // Only 2000::/3 is allocated for global unicast; anything else outside the ranges above is unassigned.
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && !GlobalUnicast.Contains(address) ? Reserved : null;
    }

    /// <summary>
    /// The IPv4 address an IPv6 form stands for: IPv4-mapped (<c>::ffff:a.b.c.d</c>), NAT64 (<c>64:ff9b::a.b.c.d</c>) and
    /// 6to4 (<c>2002:aabb:ccdd::</c>); the operating system or a translator turns them into that IPv4 destination.
    /// </summary>
    public static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        return Nat64.Contains(address) ? new IPAddress(bytes.AsSpan(12, 4))
            : SixToFour.Contains(address) ? new IPAddress(bytes.AsSpan(2, 4))
            : null;
    }
}

using System.Net;

namespace ComplianceHub.Shared.Http.Outbound;

/// <summary>
/// Which addresses an outbound request may connect to: public ones, and those in <c>Http:Outbound:AllowedNetworks</c>.
/// Plain http only to an allow-listed loopback address (nothing in clear leaves the machine, Art. 32).
/// </summary>
public sealed class OutboundAddressPolicy(IReadOnlyList<IPNetwork> allowed)
{
    public const string PlainHttp = "plain http";

    public OutboundAddressPolicy(OutboundOptions options)
        : this(options.Networks)
    {
    }

    /// <summary>Why a connection to <paramref name="address"/> is refused (e.g. <c>private</c>), or null when it may go.</summary>
    public string? RefusalOf(IPAddress address, bool plainHttp)
    {
        var target = OutboundAddressRanges.EmbeddedIPv4(address) ?? address;
        var kind = OutboundAddressRanges.KindOf(target);
        if (IsAllowListed(target) || IsAllowListed(address))
        {
            return plainHttp && kind != OutboundAddressRanges.Loopback ? PlainHttp : null;
        }

        return plainHttp ? PlainHttp : kind;
    }

    /// <summary>
    /// Why a host resolving to <paramref name="addresses"/> is refused: every address must pass (a name mixing public and
    /// internal addresses is refused outright), and plain http to a host of no known address is refused too.
    /// </summary>
    public string? RefusalOf(IReadOnlyCollection<IPAddress> addresses, bool plainHttp) =>
        addresses.Count == 0 && plainHttp ? PlainHttp : addresses.Select(a => RefusalOf(a, plainHttp)).FirstOrDefault(r => r is not null);

    public bool IsAllowListed(IPAddress address) => allowed.Any(n => n.Contains(address));

    /// <summary>
    /// The addresses of a host known without asking a resolver: an address literal (bracketed or not), or
    /// <c>localhost</c> and its subdomains, which are this machine whatever a resolver says (RFC 6761); null otherwise.
    /// </summary>
    public static IPAddress[]? KnownAddressesOf(string host)
    {
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        if (IPAddress.TryParse(bare, out var literal))
        {
            return [literal];
        }

        return bare.Equals("localhost", StringComparison.OrdinalIgnoreCase) || bare.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            ? [IPAddress.Loopback, IPAddress.IPv6Loopback]
            : null;
    }
}

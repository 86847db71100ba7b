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

    public bool IsAllowListed(IPAddress address) => allowed.Any(n => n.Contains(address));
}

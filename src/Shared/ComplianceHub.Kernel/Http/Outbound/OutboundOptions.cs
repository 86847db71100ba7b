using System.Net;
using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Http.Outbound;

/// <summary>
/// Bound from <c>Http:Outbound</c>: networks that outbound requests (webhooks, the SMS gateway, fulfilment systems) may
/// reach although they are not public, for receivers on the operator's own premises. Empty by default: only public
/// addresses are reached.
/// </summary>
public sealed class OutboundOptions : IValidatedOptions
{
    public const string Section = "Http:Outbound";

    /// <summary>CIDR blocks, e.g. <c>10.20.0.0/16</c> or <c>fd12:3456::/48</c>; a single address as <c>/32</c> or <c>/128</c>.</summary>
    public string[] AllowedNetworks { get; set; } = [];

    /// <summary>The parsed <see cref="AllowedNetworks"/> (valid once <see cref="Validate"/> found no error).</summary>
    public IReadOnlyList<IPNetwork> Networks => [.. AllowedNetworks.Select(n => IPNetwork.Parse(n.Trim()))];

    public IEnumerable<string> Validate(string section)
    {
        for (var i = 0; i < AllowedNetworks.Length; i++)
        {
            if (!IsCidrBlock(AllowedNetworks[i]?.Trim() ?? ""))
            {
                yield return $"{section}:AllowedNetworks:{i} must be a network in CIDR notation such as 10.20.0.0/16 or fd12:3456::/48 (was '{AllowedNetworks[i]}').";
            }
        }
    }

    /// <summary>An address, '/', a prefix length, and no bits set past the prefix (10.0.0.1/8 is a likely typo).</summary>
    private static bool IsCidrBlock(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(text.AsSpan(0, slash), out var address) || !IPNetwork.TryParse(text, out var network))
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        for (var bit = network.PrefixLength; bit < bytes.Length * 8; bit++)
        {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0)
            {
                return false;
            }
        }

        return true;
    }
}

using ComplianceHub.Shared.Http.Outbound;

namespace ComplianceHub.Notifications.Channels.Sms;

/// <summary>
/// The configured gateway URL checked against <c>Http:Outbound</c> at start: an address literal (or <c>localhost</c>)
/// that is not public must be allow-listed, and plain http needs an allow-listed loopback address. A host name is
/// checked at every connection, when it is resolved.
/// </summary>
internal static class SmsGatewayAddress
{
    public static string? Problem(string section, string url, OutboundAddressPolicy policy)
    {
        var uri = new Uri(url);
        var plain = uri.Scheme == Uri.UriSchemeHttp;
        return policy.RefusalOf(OutboundAddressPolicy.KnownAddressesOf(uri.IdnHost) ?? [], plain) switch
        {
            null => null,
            OutboundAddressPolicy.PlainHttp => $"{section}:Url must use https unless the gateway is on a loopback address allowed by {OutboundOptions.Section}:AllowedNetworks.",
            var refusal => $"{section}:Url is a {refusal} address: allow its network in {OutboundOptions.Section}:AllowedNetworks, or use a public gateway.",
        };
    }
}

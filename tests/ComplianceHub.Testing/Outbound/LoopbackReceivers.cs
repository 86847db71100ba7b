namespace ComplianceHub.Testing.Outbound;

/// <summary>
/// The allow-list (<c>Http:Outbound:AllowedNetworks</c>) a host needs to deliver to the tests' receivers on loopback:
/// without it the outbound guard refuses loopback like any other internal address.
/// </summary>
public static class LoopbackReceivers
{
    public static readonly string[] Allowed = ["Http:Outbound:AllowedNetworks:0=127.0.0.0/8", "Http:Outbound:AllowedNetworks:1=::1/128"];

    /// <summary>The same as environment-style settings for <see cref="HostProcess"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> AllowedSettings =>
        Allowed.Select(s => s.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1]));
}

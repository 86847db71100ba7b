using System.Net;

namespace ComplianceHub.Shared.Http.Outbound;

/// <summary>The system resolver.</summary>
internal sealed class DnsOutboundAddressResolver : IOutboundAddressResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}

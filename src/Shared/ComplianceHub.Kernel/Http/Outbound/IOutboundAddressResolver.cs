using System.Net;

namespace ComplianceHub.Shared.Http.Outbound;

/// <summary>Resolves a receiver's host name for <see cref="OutboundAddressGuard"/>; tests replace it to simulate DNS changes.</summary>
public interface IOutboundAddressResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ComplianceHub.Shared.Http.Outbound;

namespace ComplianceHub.Testing.Outbound;

/// <summary>DNS as the test scripts it: a name resolves to what <see cref="Set"/> said last; unknown names do not resolve.</summary>
public sealed class ScriptedResolver : IOutboundAddressResolver
{
    private readonly ConcurrentDictionary<string, IPAddress[]> _names = new(StringComparer.OrdinalIgnoreCase);
    private int _lookups;

    /// <summary>How many times a name was resolved (the guard's connect callback resolves before every new connection).</summary>
    public int Lookups => Volatile.Read(ref _lookups);

    public void Set(string name, params string[] addresses) => _names[name] = [.. addresses.Select(IPAddress.Parse)];

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        return _names.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses)
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }
}

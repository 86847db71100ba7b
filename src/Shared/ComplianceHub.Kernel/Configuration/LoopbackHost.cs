using System.Net;

namespace ComplianceHub.Shared.Configuration;

/// <summary>Whether a configured host name stays on this machine: only there may credentials travel in clear (tests, sidecars).</summary>
public static class LoopbackHost
{
    public static bool Is(string? host)
    {
        var name = host?.Trim().TrimStart('[').TrimEnd(']') ?? "";
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address));
    }
}

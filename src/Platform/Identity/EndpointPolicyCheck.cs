using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Identity;

/// <summary>
/// Refuses to start a host with an endpoint that has not declared who may call it (roles, or explicitly anonymous):
/// the fallback policy would still demand a caller, but any role would do.
/// </summary>
internal sealed class EndpointPolicyCheck(EndpointDataSource endpoints) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var undeclared = endpoints.Endpoints.OfType<RouteEndpoint>().Where(e => !EndpointAccess.Of(e).Declared)
            .Select(e => e.DisplayName ?? e.RoutePattern.RawText).ToList();
        return undeclared.Count == 0
            ? Task.CompletedTask
            : throw new InvalidOperationException($"Endpoints without a declared policy (roles or AllowAnonymous): {string.Join("; ", undeclared)}");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

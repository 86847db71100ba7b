using ComplianceHub.Shared.Resilience;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Operations;

/// <summary>
/// The Operations platform module: the circuit breakers' API (state, history, forcing one open or closed) and the
/// audit entry of every breaker transition.
/// </summary>
public static class OperationsModule
{
    public static IHostApplicationBuilder AddOperationsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<CircuitBreakerAuditor>();
        return builder;
    }

    public static RouteGroupBuilder MapOperationsEndpoints(this RouteGroupBuilder api)
    {
        api.MapCircuitBreakers();
        return api;
    }
}

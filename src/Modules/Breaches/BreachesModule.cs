using ComplianceHub.Breaches.Data;
using ComplianceHub.Breaches.GetBreach;
using ComplianceHub.Breaches.ReportBreach;
using ComplianceHub.Shared.Database;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Breaches;

/// <summary>Breach intake, the Art. 33 clock and the breach register (Art. 33, 34, 5(2)).</summary>
public static class BreachesModule
{
    public static IHostApplicationBuilder AddBreachesModule(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<BreachesDbContext>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBreachesEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapReportBreach();
        api.MapGetBreach();
        return api;
    }
}

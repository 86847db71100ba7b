using ComplianceHub.Reporting.Data;
using ComplianceHub.Reporting.Schedules;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Reporting;

/// <summary>Art. 30 registers (processing activities, transfers, processors) and the scheduled compliance reports (Art. 30, 44–49, 28).</summary>
public static class ReportingModule
{
    public static IHostApplicationBuilder AddReportingModule(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<ReportingDbContext>();
        builder.AddReportSchedules();
        builder.AddModuleMessaging(bus =>
        {
            bus.AddConsumer<ReportDistributedConsumer>();
        });
        return builder;
    }

    /// <summary>The REST operations, under <c>/api/v1</c>.</summary>
    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapReportSchedules();
        return api;
    }
}

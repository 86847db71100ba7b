using ComplianceHub.Reporting.Adequacy;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Reporting.ProcessingActivities;
using ComplianceHub.Reporting.Processors;
using ComplianceHub.Reporting.Registers;
using ComplianceHub.Reporting.RegisterHistory;
using ComplianceHub.Reporting.Transfers;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Reporting;

/// <summary>Art. 30 registers (processing activities, transfers, processors) and the scheduled compliance reports (Art. 30, 44–49, 28).</summary>
public static class ReportingModule
{
    public static IHostApplicationBuilder AddReportingModule(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<ReportingOptions>(ReportingOptions.Section);
        builder.Services.AddSingleton(options.LoadAdequacyDecisions());
        builder.AddModuleDbContext<ReportingDbContext>();
        builder.Services.AddScoped<RegisterWrites>();
        return builder;
    }

    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapProcessingActivities();
        api.MapTransfers();
        api.MapProcessors();
        api.MapRegisterHistory();
        api.MapAdequacyDecisions();
        return api;
    }
}

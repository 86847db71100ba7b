using ComplianceHub.Reporting.Data;
using ComplianceHub.Shared.Database;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Reporting;

/// <summary>Art. 30 registers (processing activities, transfers, processors) and the scheduled compliance reports (Art. 30, 44–49, 28).</summary>
public static class ReportingModule
{
    public static IHostApplicationBuilder AddReportingModule(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<ReportingDbContext>();
        return builder;
    }
}

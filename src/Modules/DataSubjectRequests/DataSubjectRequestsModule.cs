using ComplianceHub.DataSubjectRequests.Data;
using ComplianceHub.Shared.Database;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.DataSubjectRequests;

/// <summary>Rights requests (Art. 12, 15–22): exact deadlines, extensions, fulfilment fan-out.</summary>
public static class DataSubjectRequestsModule
{
    public static IHostApplicationBuilder AddDataSubjectRequestsModule(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<DataSubjectRequestsDbContext>();
        return builder;
    }
}

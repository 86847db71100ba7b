using System.Security.Claims;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.Reporting.Processors;

/// <summary>The processor register (Art. 28): contracts, sub-processors and audits.</summary>
internal static class ProcessorEndpoints
{
    internal const string Path = "/" + RegisterPaths.Processors;

    public static void MapProcessors(this IEndpointRouteBuilder api)
    {
        api.MapPost(Path, ProcessorWrites.CreateAsync).WithIdempotency<ReportingDbContext>().WithName("CreateProcessor").WithTags("Registers")
            .WithSummary("Add a processor (Art. 28): establishment, DPA, sub-processors, last audit, status.")
            .WithExample(RegisterExamples.Processor, RegisterExamples.ProcessorView, StatusCodes.Status201Created)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapGet(Path, ProcessorReads.ListAsync).WithName("ListProcessors").WithTags("Registers")
            .WithSummary("Processors, by name; filter by status.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapGet(Path + "/{id:guid}", ProcessorReads.GetAsync).WithName("GetProcessor").WithTags("Registers")
            .WithExample(null, RegisterExamples.ProcessorView)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapPut(Path + "/{id:guid}", ProcessorWrites.UpdateAsync).WithName("UpdateProcessor").WithTags("Registers")
            .WithSummary("Replace a processor; send the revision last read (a newer one answers 409).")
            .WithExample(RegisterExamples.ProcessorUpdate, RegisterExamples.ProcessorView with { Revision = 2 })
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapDelete(Path + "/{id:guid}", ProcessorWrites.DeleteAsync).WithName("DeleteProcessor").WithTags("Registers")
            .WithSummary("Remove a processor; its history keeps the last version.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
    }

    internal static IQueryable<Processor> Visible(ReportingDbContext db, ClaimsPrincipal user) =>
        OrganizationScope.ReadFilter(user) is { } org ? db.Processors.Where(p => p.OrganizationId == org) : db.Processors;

    internal static DateOnly Today(RegisterWrites writes) => DateOnly.FromDateTime(writes.Now().UtcDateTime);
}

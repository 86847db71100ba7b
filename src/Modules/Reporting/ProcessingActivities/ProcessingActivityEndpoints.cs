using System.Security.Claims;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.Reporting.ProcessingActivities;

/// <summary>The records of processing activities (Art. 30(1)), with their change history.</summary>
internal static class ProcessingActivityEndpoints
{
    internal const string Path = "/" + RegisterPaths.ProcessingActivities;

    public static void MapProcessingActivities(this IEndpointRouteBuilder api)
    {
        api.MapPost(Path, ProcessingActivityWrites.CreateAsync).WithIdempotency<ReportingDbContext>().WithName("CreateProcessingActivity").WithTags("Registers")
            .WithSummary("Add a record of processing activities (Art. 30(1)).")
            .WithExample(RegisterExamples.Activity, RegisterExamples.ActivityView, StatusCodes.Status201Created)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapGet(Path, ProcessingActivityReads.ListAsync).WithName("ListProcessingActivities").WithTags("Registers")
            .WithSummary("Records of processing activities, by name; filter by part of the name.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapGet(Path + "/{id:guid}", ProcessingActivityReads.GetAsync).WithName("GetProcessingActivity").WithTags("Registers")
            .WithExample(null, RegisterExamples.ActivityView)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapPut(Path + "/{id:guid}", ProcessingActivityWrites.UpdateAsync).WithName("UpdateProcessingActivity").WithTags("Registers")
            .WithSummary("Replace a record; send the revision last read (a newer one answers 409).")
            .WithExample(RegisterExamples.ActivityUpdate, RegisterExamples.ActivityView with { Revision = 2 })
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapDelete(Path + "/{id:guid}", ProcessingActivityWrites.DeleteAsync).WithName("DeleteProcessingActivity").WithTags("Registers")
            .WithSummary("Remove a record; its history keeps the last version.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
    }

    internal static IQueryable<ProcessingActivity> Visible(ReportingDbContext db, ClaimsPrincipal user) =>
        OrganizationScope.ReadFilter(user) is { } org ? db.ProcessingActivities.Where(a => a.OrganizationId == org) : db.ProcessingActivities;
}

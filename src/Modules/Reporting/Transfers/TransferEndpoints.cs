using System.Security.Claims;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>The transfer register (Chapter V), each entry answered with its safeguard assessed for today.</summary>
internal static class TransferEndpoints
{
    internal const string Path = "/" + RegisterPaths.Transfers;

    public static void MapTransfers(this IEndpointRouteBuilder api)
    {
        api.MapPost(Path, TransferWrites.CreateAsync).WithIdempotency<ReportingDbContext>().WithName("CreateTransfer").WithTags("Registers")
            .WithSummary("Add a transfer to a third country: recipient, destination, mechanism (Adequacy | SCC | BCR | Derogation), dates.")
            .WithExample(RegisterExamples.Transfer, RegisterExamples.TransferView, StatusCodes.Status201Created)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapGet(Path, TransferReads.ListAsync).WithName("ListTransfers").WithTags("Registers")
            .WithSummary("Transfers with their safeguard assessed for today; filter by destination country.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapGet(Path + "/{id:guid}", TransferReads.GetAsync).WithName("GetTransfer").WithTags("Registers")
            .WithExample(null, RegisterExamples.TransferView)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapPut(Path + "/{id:guid}", TransferWrites.UpdateAsync).WithName("UpdateTransfer").WithTags("Registers")
            .WithSummary("Replace a transfer; send the revision last read (a newer one answers 409).")
            .WithExample(RegisterExamples.TransferUpdate, RegisterExamples.TransferView with { Revision = 2 })
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapDelete(Path + "/{id:guid}", TransferWrites.DeleteAsync).WithName("DeleteTransfer").WithTags("Registers")
            .WithSummary("Remove a transfer; refused while a processing activity names it. Its history keeps the last version.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
    }

    internal static IQueryable<Transfer> Visible(ReportingDbContext db, ClaimsPrincipal user) =>
        OrganizationScope.ReadFilter(user) is { } org ? db.Transfers.Where(t => t.OrganizationId == org) : db.Transfers;

    internal static DateOnly Today(RegisterWrites writes) => DateOnly.FromDateTime(writes.Now().UtcDateTime);
}

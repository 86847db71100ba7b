using System.Security.Claims;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.Reporting.Reports.Get;

internal static class GetReportEndpoint
{
    public static void MapGetReport(this IEndpointRouteBuilder api) =>
        api.MapGet("/reports/{id:guid}", HandleAsync)
            .WithName("GetReport")
            .WithTags("Reports")
            .WithSummary("A report's status, period, SHA-256 digest, signing key and summary.")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo, Roles.Auditor));

    private static async Task<Results<Ok<ReportView>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, CancellationToken cancellationToken) =>
        await ReportLookup.FindAsync(db, id, user, cancellationToken) is { } report
            ? TypedResults.Ok(ReportView.Of(report, withSummary: true))
            : TypedResults.NotFound();
}

using System.Security.Claims;
using ComplianceHub.Breaches.Data;
using ComplianceHub.Breaches.Domain;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Breaches.GetBreach;

internal static class GetBreachEndpoint
{
    public static void MapGetBreach(this IEndpointRouteBuilder api) =>
        api.MapGet("/breaches/{id:guid}", HandleAsync)
            .WithName("GetBreach")
            .WithTags("Breaches")
            .WithSummary("A breach with its Art. 33 deadline.")
            .RequireAuthorization(p => p.RequireRole(
                Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.ComplianceAnalyst, Roles.Auditor));

    private static async Task<Results<Ok<BreachView>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, BreachesDbContext db, PersonalDataProtector personalData, CancellationToken cancellationToken)
    {
        // Another organisation's breach answers exactly like one that does not exist.
        var organization = OrganizationScope.ReadFilter(user);
        var breach = await db.Breaches.AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == id && (organization == null || b.OrganizationId == organization), cancellationToken);
        return breach is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new BreachView
            {
                Id = breach.Id,
                Status = breach.Status.ToString(),
                Title = personalData.Unprotect(breach.Title, breach.Id, nameof(Breach.Title)),
                Description = personalData.Unprotect(breach.Description, breach.Id, nameof(Breach.Description)),
                Source = breach.Source,
                DetectedAt = breach.DetectedAt,
                AwareAt = breach.AwareAt,
                AuthorityDeadline = breach.AuthorityDeadline,
                ReportedAt = breach.ReportedAt,
                AffectedCountries = breach.AffectedCountries,
                DataCategories = breach.DataCategories,
                SpecialCategoryData = breach.SpecialCategoryData,
                ApproxSubjectsAffected = breach.ApproxSubjectsAffected,
                ApproxRecordsAffected = breach.ApproxRecordsAffected,
                LikelyConsequences = personalData.UnprotectOptional(breach.LikelyConsequences, breach.Id, nameof(Breach.LikelyConsequences)),
                MeasuresTaken = personalData.UnprotectOptional(breach.MeasuresTaken, breach.Id, nameof(Breach.MeasuresTaken)),
                ReportedByProcessor = breach.ReportedByProcessor,
            });
    }
}

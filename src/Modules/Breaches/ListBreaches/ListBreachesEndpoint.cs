using System.Security.Claims;
using ComplianceHub.Breaches.Data;
using ComplianceHub.Breaches.Domain;
using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using ComplianceHub.Shared.MessageSecurity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Breaches.ListBreaches;

internal static class ListBreachesEndpoint
{
    private const int MaxPageSize = 200;

    public static void MapListBreaches(this IEndpointRouteBuilder api) =>
        api.MapGet("/breaches", HandleAsync)
            .WithName("ListBreaches")
            .WithTags("Breaches")
            .WithSummary("Breaches, most urgent deadline first; filter by status, deadline before, and affected country.")
            .WithExample(null, BreachViewExamples.Page)
            .RequireAuthorization(p => p.RequireRole(
                Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.ComplianceAnalyst, Roles.Auditor));

    private static async Task<Results<Ok<BreachPage>, ValidationProblem>> HandleAsync(
        ClaimsPrincipal user,
        BreachesDbContext db,
        PersonalDataProtector personalData,
        CancellationToken cancellationToken,
        BreachStatus? status = null,
        DateTimeOffset? deadlineBefore = null,
        string? country = null,
        int page = 1,
        int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, MaxPageSize, null, null)
            .When(country is not null && !CountryCode.IsValid(country), "country", "Not an ISO 3166-1 alpha-2 code (e.g. \"DE\").");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = from b in BreachLookup.Visible(db, user).AsNoTracking()
                    join wf in db.Workflows.AsNoTracking() on b.Id equals wf.CorrelationId into workflows
                    from w in workflows.DefaultIfEmpty()
                    select new { Breach = b, Status = w == null ? nameof(BreachStatus.Reported) : w.CurrentState, DeadlineMissed = w != null && w.DeadlineMissed };
        if (status is not null)
        {
            var state = status.Value.ToString();
            query = query.Where(x => x.Status == state);
        }

        if (deadlineBefore is not null)
        {
            var before = deadlineBefore.Value.ToUniversalTime();
            query = query.Where(x => x.Breach.AuthorityDeadline < before);
        }

        if (country is not null)
        {
            var code = country.ToUpperInvariant();
            query = query.Where(x => x.Breach.AffectedCountries.Contains(code));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(x => x.Breach.AuthorityDeadline).ThenBy(x => x.Breach.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = rows.Select(x => new BreachSummary
        {
            Id = x.Breach.Id,
            OrganizationId = x.Breach.OrganizationId,
            Title = personalData.Unprotect(x.Breach.Title, x.Breach.Id, nameof(Breach.Title)),
            Status = x.Status,
            RiskLevel = x.Breach.RiskLevel?.ToString(),
            AwareAt = x.Breach.AwareAt,
            AuthorityDeadline = x.Breach.AuthorityDeadline,
            DeadlineMissed = x.DeadlineMissed,
            AffectedCountries = x.Breach.AffectedCountries,
            ReportedAt = x.Breach.ReportedAt,
            ClosedAt = x.Breach.ClosedAt,
        }).ToList();
        return TypedResults.Ok(new BreachPage(items, page, pageSize, total));
    }
}

using System.ComponentModel;
using System.Globalization;
using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Breaches.ListBreaches;

internal static class ListBreachesEndpoint
{
    private const int MaxPageSize = 200;

    public static void MapListBreaches(this IEndpointRouteBuilder api) =>
        api.MapGet("/breaches", HandleAsync)
            .Describe("ListBreaches", "Breaches, most urgent deadline first; filter by status, deadline before, and affected country.", BreachRoutes.Readers)
            .WithExample(null, BreachViewExamples.Page);

    private static async Task<Results<Ok<Page<BreachSummary>>, ValidationProblem>> HandleAsync(
        ClaimsPrincipal user,
        BreachesDbContext db,
        PersonalDataProtector personalData,
        CancellationToken cancellationToken,
        [Description("A workflow state, e.g. AwaitingAuthorityNotification.")] string? status = null,
        [Description("Only breaches whose Art. 33 deadline is strictly before this instant (ISO 8601 with offset).")] string? deadlineBefore = null,
        [Description("An affected country (ISO 3166-1 alpha-2).")] string? country = null,
        int page = 1,
        int pageSize = 50)
    {
        // Filters arrive as text and are checked here, so a bad value is a problem naming the parameter (and a number
        // is not taken for a state), not a binding failure.
        var errors = PagedQuery.Validate(page, pageSize, MaxPageSize, null, null)
            .When(country is not null && !CountryCode.IsValid(country), "country", "Not an ISO 3166-1 alpha-2 code (e.g. \"DE\").");
        var wanted = RequestEnums.Parse<BreachStatus>(errors, "status", status, required: false);
        var before = ParseInstant(errors, "deadlineBefore", deadlineBefore);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = from b in BreachLookup.Visible(db, user).AsNoTracking()
                    join wf in db.Workflows.AsNoTracking() on b.Id equals wf.CorrelationId into workflows
                    from w in workflows.DefaultIfEmpty()
                    select new { Breach = b, Status = w == null ? nameof(BreachStatus.Reported) : w.CurrentState, DeadlineMissed = w != null && w.DeadlineMissed };
        if (wanted is not null)
        {
            var state = wanted.Value.ToString();
            query = query.Where(x => x.Status == state);
        }

        if (before is not null)
        {
            var instant = before.Value;
            query = query.Where(x => x.Breach.AuthorityDeadline < instant);
        }

        if (country is not null)
        {
            query = query.Where(x => x.Breach.AffectedCountries.Contains(country));
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
        return TypedResults.Ok(new Page<BreachSummary>(items, page, pageSize, total));
    }

    private static DateTimeOffset? ParseInstant(ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            errors.Add(field, "Not an instant: ISO 8601 with offset, e.g. 2026-03-05T09:00:00Z.");
            return null;
        }

        return instant.ToUniversalTime();
    }
}

using ComplianceHub.DataSubjectRequests.GetRequest;

namespace ComplianceHub.DataSubjectRequests.ListRequests;

internal static class ListRequestsEndpoint
{
    private const int MaxLimit = 200;

    public static void MapListRequests(this IEndpointRouteBuilder api) =>
        api.MapGet("/data-subject-requests", HandleAsync)
            .AsRequestRead("ListDataSubjectRequests", "Requests by deadline; filters: status, type, dueBefore, overdue.", RequestViewExamples.Page);

    private static async Task<Results<Ok<List<RequestView>>, ValidationProblem>> HandleAsync(
        ClaimsPrincipal user, DataSubjectRequestsDbContext db, RequestProjection views, TimeProvider clock,
        string? status, string? type, DateTimeOffset? dueBefore, bool? overdue, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var statusFilter = RequestEnums.Parse<RequestStatus>(errors, "status", status, required: false);
        var typeFilter = RequestEnums.Parse<RequestType>(errors, "type", type, required: false);
        errors.When(limit is < 1 or > MaxLimit, "limit", $"Between 1 and {MaxLimit}.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = RequestLookup.Visible(db, user).AsNoTracking();
        if (statusFilter is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        if (typeFilter is { } t)
        {
            query = query.Where(r => r.Type == t);
        }

        if (dueBefore is { } before)
        {
            var instant = before.ToUniversalTime();
            query = query.Where(r => r.DueAt < instant);
        }

        var now = clock.GetUtcNow();
        if (overdue is true)
        {
            query = query.Where(r => r.RespondedAt == null ? r.DueAt < now : r.RespondedAt > r.DueAt);
        }
        else if (overdue is false)
        {
            query = query.Where(r => r.RespondedAt == null ? r.DueAt >= now : r.RespondedAt <= r.DueAt);
        }

        var page = await query.Include(r => r.Pauses).Include(r => r.Tasks).AsSplitQuery()
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id).Take(limit ?? 50).ToListAsync(cancellationToken);
        var result = new List<RequestView>(page.Count);
        foreach (var request in page)
        {
            result.Add(await views.ViewAsync(request, withTimeline: false, cancellationToken));
        }

        return TypedResults.Ok(result);
    }
}

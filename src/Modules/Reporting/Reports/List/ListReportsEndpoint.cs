using ComplianceHub.Reporting.Reports.Get;

namespace ComplianceHub.Reporting.Reports.List;

internal static class ListReportsEndpoint
{
    private const int MaxPageSize = 200;

    public static void MapListReports(this IEndpointRouteBuilder api) =>
        api.MapGet("/reports", HandleAsync)
            .ForReportReaders("ListReports", "Reports, newest request first; filter by type and status.");

    private static async Task<Results<Ok<Page<ReportView>>, ValidationProblem>> HandleAsync(
        ClaimsPrincipal user,
        ReportingDbContext db,
        CancellationToken cancellationToken,
        string? type = null,
        string? status = null,
        int page = 1,
        int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, MaxPageSize, null, null);
        var reportType = RequestEnums.Parse<ReportType>(errors, "type", type, required: false);
        var reportStatus = RequestEnums.Parse<ReportStatus>(errors, "status", status, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = ReportLookup.Visible(db, user);
        if (reportType is { } t)
        {
            query = query.Where(r => r.Type == t);
        }

        if (reportStatus is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.RequestedAt).ThenBy(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ReportView>([.. rows.Select(r => ReportView.Of(r, withSummary: false))], page, pageSize, total));
    }
}

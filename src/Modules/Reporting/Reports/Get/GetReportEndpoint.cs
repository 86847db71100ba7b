namespace ComplianceHub.Reporting.Reports.Get;

internal static class GetReportEndpoint
{
    public static void MapGetReport(this IEndpointRouteBuilder api) =>
        api.MapGet("/reports/{id:guid}", HandleAsync)
            .ForReportReaders("GetReport", "A report's status, period, SHA-256 digest, signing key, summary and, once emailed, the distribution outcome.");

    private static async Task<Results<Ok<ReportView>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (await ReportLookup.FindAsync(db, id, user, cancellationToken) is not { } report)
        {
            return TypedResults.NotFound();
        }

        var distribution = await db.Distributions.AsNoTracking()
            .Where(d => d.ReportId == report.Id && d.OrganizationId == report.OrganizationId)
            .Select(d => new ReportDistributionView(d.Recipients, d.Delivered, d.Failed, d.CompletedAt))
            .SingleOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(ReportView.Of(report, withSummary: true) with { Distribution = distribution });
    }
}

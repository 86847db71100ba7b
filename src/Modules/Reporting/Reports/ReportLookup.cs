namespace ComplianceHub.Reporting.Reports;

internal static class ReportLookup
{
    /// <summary>The reports the caller may see: their organisation's, or every one for a platform caller.</summary>
    public static IQueryable<Report> Visible(ReportingDbContext db, ClaimsPrincipal user)
    {
        var organization = OrganizationScope.ReadFilter(user);
        return organization is null ? db.Reports.AsNoTracking() : db.Reports.AsNoTracking().Where(r => r.OrganizationId == organization);
    }

    /// <summary>Null for an unknown id and for another organisation's report alike.</summary>
    public static Task<Report?> FindAsync(ReportingDbContext db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Visible(db, user).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public static ProblemHttpResult NotCompleted(Report report) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The report is not completed",
            detail: $"The report is {report.Status}; its content exists once it is Completed.");

    /// <summary>The stored content in order, one chunk at a time.</summary>
    public static IAsyncEnumerable<byte[]> ChunksAsync(ReportingDbContext db, Guid reportId) =>
        db.ReportChunks.AsNoTracking().Where(c => c.ReportId == reportId).OrderBy(c => c.Sequence).Select(c => c.Data).AsAsyncEnumerable();
}

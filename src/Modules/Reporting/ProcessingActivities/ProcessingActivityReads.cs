using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.ProcessingActivities;

/// <summary>The list of the register, filtered by its own fields (reading one entry: <see cref="RegisterHandlers{TEntry, TRequest, TView}"/>).</summary>
internal static class ProcessingActivityReads
{
    internal static async Task<Results<Ok<Page<ProcessingActivityView>>, ValidationProblem>> ListAsync(
        ReportingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken, string? name = null, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, RegisterLimits.MaxPageSize, null, null)
            .When(name is { Length: > RegisterLimits.NameLength }, "name", $"At most {RegisterLimits.NameLength} characters.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = RegisterScope.Visible(db.ProcessingActivities, user).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(name))
        {
            var part = name.Trim().ToLowerInvariant();
            query = query.Where(a => a.Name.ToLower().Contains(part));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ProcessingActivityView>([.. items.Select(ProcessingActivityFields.View)], page, pageSize, total));
    }
}

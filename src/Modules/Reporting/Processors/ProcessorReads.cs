using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Processors;

/// <summary>The list of the register, filtered by its own fields (reading one entry: <see cref="RegisterHandlers{TEntry, TRequest, TView}"/>).</summary>
internal static class ProcessorReads
{
    internal static async Task<Results<Ok<Page<ProcessorView>>, ValidationProblem>> ListAsync(
        ReportingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken, string? status = null, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, RegisterLimits.MaxPageSize, null, null);
        var wanted = RequestEnums.Parse<ProcessorStatus>(errors, "status", status, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = RegisterScope.Visible(db.Processors, user).AsNoTracking();
        query = wanted is { } s ? query.Where(p => p.Status == s) : query;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ProcessorView>([.. items.Select(ProcessorFields.View)], page, pageSize, total));
    }
}

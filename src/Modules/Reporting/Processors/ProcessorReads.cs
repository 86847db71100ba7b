using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Processors;

/// <summary>The reading operations of the register.</summary>
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

        var query = ProcessorEndpoints.Visible(db, user).AsNoTracking();
        query = wanted is { } s ? query.Where(p => p.Status == s) : query;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ProcessorView>([.. items.Select(ProcessorFields.View)], page, pageSize, total));
    }

    internal static async Task<Results<Ok<ProcessorView>, NotFound>> GetAsync(
        Guid id, ReportingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var processor = await ProcessorEndpoints.Visible(db, user).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return processor is null ? TypedResults.NotFound() : TypedResults.Ok(ProcessorFields.View(processor));
    }

}

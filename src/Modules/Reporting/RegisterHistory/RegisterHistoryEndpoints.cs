using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.RegisterHistory;

/// <summary>The change history of the registers (Art. 5(2), 30): per entry, and per organisation over a period.</summary>
internal static class RegisterHistoryEndpoints
{
    public static void MapRegisterHistory(this IEndpointRouteBuilder api)
    {
        foreach (var register in Enum.GetValues<RegisterKind>())
        {
            api.MapGet($"/{RegisterPaths.Of(register)}/{{id:guid}}/history",
                    (Guid id, ClaimsPrincipal user, ReportingDbContext db, CancellationToken cancellationToken) => EntryAsync(register, id, user, db, cancellationToken))
                .WithName($"Get{register}History").WithTags("Registers")
                .WithSummary("Every change to the entry, oldest first, each with the entry as it stood; kept after deletion.")
                .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        }

        api.MapGet("/register-changes", ListAsync).WithName("ListRegisterChanges").WithTags("Registers")
            .WithSummary("Changes to the registers in [from, to), oldest first; filter by register (ProcessingActivity | Transfer | Processor).")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
    }

    private static IQueryable<RegisterChange> Visible(ReportingDbContext db, ClaimsPrincipal user) =>
        OrganizationScope.ReadFilter(user) is { } org ? db.RegisterChanges.Where(c => c.OrganizationId == org) : db.RegisterChanges;

    private static async Task<Results<Ok<RegisterHistoryView>, NotFound>> EntryAsync(
        RegisterKind register, Guid id, ClaimsPrincipal user, ReportingDbContext db, CancellationToken cancellationToken)
    {
        var changes = await Visible(db, user).AsNoTracking().Where(c => c.Register == register && c.EntryId == id)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return changes.Count == 0
            ? TypedResults.NotFound()
            : TypedResults.Ok(new RegisterHistoryView(id, register.ToString(), [.. changes.Select(RegisterChangeProjection.Of)]));
    }

    private static async Task<Results<Ok<Page<RegisterChangeView>>, ValidationProblem>> ListAsync(
        ReportingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? register = null, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, RegisterLimits.MaxPageSize, from, to);
        var kind = RequestEnums.Parse<RegisterKind>(errors, "register", register, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = Visible(db, user).AsNoTracking();
        if (from is { } start)
        {
            var utc = start.ToUniversalTime();
            query = query.Where(c => c.ChangedAt >= utc);
        }

        if (to is { } end)
        {
            var utc = end.ToUniversalTime();
            query = query.Where(c => c.ChangedAt < utc);
        }

        query = kind is { } k ? query.Where(c => c.Register == k) : query;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<RegisterChangeView>([.. items.Select(RegisterChangeProjection.Of)], page, pageSize, total));
    }
}

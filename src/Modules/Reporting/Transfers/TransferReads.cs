using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>The list of the register, filtered by its own fields (reading one entry: <see cref="RegisterHandlers{TEntry, TRequest, TView}"/>).</summary>
internal static class TransferReads
{
    internal static async Task<Results<Ok<Page<TransferView>>, ValidationProblem>> ListAsync(
        ReportingDbContext db, ClaimsPrincipal user, RegisterWrites writes, AdequacyDecisions decisions, CancellationToken cancellationToken,
        string? country = null, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, RegisterLimits.MaxPageSize, null, null)
            .When(country is not null && !CountryCode.IsValid(country), "country", "Not an ISO 3166-1 alpha-2 code (e.g. \"US\").");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = RegisterScope.Visible(db.Transfers, user).AsNoTracking();
        query = country is null ? query : query.Where(t => t.DestinationCountry == country);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(t => t.DestinationCountry).ThenBy(t => t.Recipient).ThenBy(t => t.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var today = writes.Today();
        return TypedResults.Ok(new Page<TransferView>([.. items.Select(t => TransferFields.View(t, decisions, today))], page, pageSize, total));
    }
}

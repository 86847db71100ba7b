using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>The reading operations of the register.</summary>
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

        var query = TransferEndpoints.Visible(db, user).AsNoTracking();
        query = country is null ? query : query.Where(t => t.DestinationCountry == country);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(t => t.DestinationCountry).ThenBy(t => t.Recipient).ThenBy(t => t.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var today = writes.Today();
        return TypedResults.Ok(new Page<TransferView>([.. items.Select(t => TransferFields.View(t, decisions, today))], page, pageSize, total));
    }

    internal static async Task<Results<Ok<TransferView>, NotFound>> GetAsync(
        Guid id, ReportingDbContext db, ClaimsPrincipal user, RegisterWrites writes, AdequacyDecisions decisions, CancellationToken cancellationToken)
    {
        var transfer = await TransferEndpoints.Visible(db, user).AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return transfer is null ? TypedResults.NotFound() : TypedResults.Ok(TransferFields.View(transfer, decisions, writes.Today()));
    }

}

using System.Security.Claims;
using ComplianceHub.Reporting.Adequacy;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>The transfer register (Chapter V), each entry answered with its safeguard assessed for today.</summary>
internal static class TransferEndpoints
{
    private const string Path = "/" + RegisterPaths.Transfers;

    public static void MapTransfers(this IEndpointRouteBuilder api)
    {
        api.MapPost(Path, CreateAsync).WithIdempotency<ReportingDbContext>().WithName("CreateTransfer").WithTags("Registers")
            .WithSummary("Add a transfer to a third country: recipient, destination, mechanism (Adequacy | SCC | BCR | Derogation), dates.")
            .WithExample(RegisterExamples.Transfer, RegisterExamples.TransferView, StatusCodes.Status201Created)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapGet(Path, ListAsync).WithName("ListTransfers").WithTags("Registers")
            .WithSummary("Transfers with their safeguard assessed for today; filter by destination country.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapGet(Path + "/{id:guid}", GetAsync).WithName("GetTransfer").WithTags("Registers")
            .WithExample(null, RegisterExamples.TransferView)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapPut(Path + "/{id:guid}", UpdateAsync).WithName("UpdateTransfer").WithTags("Registers")
            .WithSummary("Replace a transfer; send the revision last read (a newer one answers 409).")
            .WithExample(RegisterExamples.TransferUpdate, RegisterExamples.TransferView with { Revision = 2 })
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapDelete(Path + "/{id:guid}", DeleteAsync).WithName("DeleteTransfer").WithTags("Registers")
            .WithSummary("Remove a transfer; refused while a processing activity names it. Its history keeps the last version.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
    }

    private static IQueryable<Transfer> Visible(ReportingDbContext db, ClaimsPrincipal user) =>
        OrganizationScope.ReadFilter(user) is { } org ? db.Transfers.Where(t => t.OrganizationId == org) : db.Transfers;

    private static DateOnly Today(RegisterWrites writes) => DateOnly.FromDateTime(writes.Now().UtcDateTime);

    private static async Task<Results<Created<TransferView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        TransferRequest request, ClaimsPrincipal user, OrganizationScope organizations, ReportingDbContext db,
        RegisterWrites writes, AdequacyDecisions decisions, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().When(request.Revision is not null, "revision", "Leave it out: a new entry starts at revision 1.");
        var fields = TransferValidator.Validate(request, Today(writes), errors);
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (!errors.IsValid || fields is null || organization is null)
        {
            return errors.ToProblem();
        }

        var now = writes.Now();
        var transfer = new Transfer
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organization.Value,
            Revision = 1,
            CreatedAt = now,
            UpdatedAt = now,
            Recipient = "",
            DestinationCountry = "",
        };
        fields.ApplyTo(transfer);
        db.Transfers.Add(transfer);
        var snapshot = RegisterJson.Element(TransferFields.View(transfer));
        if (await writes.SaveAsync(RegisterKind.Transfer, transfer.OrganizationId, transfer.Id, transfer.Revision, ChangeAction.Created,
                user.ActorId(), snapshot, RegisterJson.ContentFields(snapshot), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/v1{Path}/{transfer.Id}", TransferFields.View(transfer, decisions, Today(writes)));
    }

    private static async Task<Results<Ok<RegisterPage<TransferView>>, ValidationProblem>> ListAsync(
        ReportingDbContext db, ClaimsPrincipal user, RegisterWrites writes, AdequacyDecisions decisions, CancellationToken cancellationToken,
        string? country = null, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, RegisterLimits.MaxPageSize, null, null)
            .When(country is not null && !CountryCode.IsValid(country), "country", "Not an ISO 3166-1 alpha-2 code (e.g. \"US\").");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = Visible(db, user).AsNoTracking();
        query = country is null ? query : query.Where(t => t.DestinationCountry == country);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(t => t.DestinationCountry).ThenBy(t => t.Recipient).ThenBy(t => t.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var today = Today(writes);
        return TypedResults.Ok(new RegisterPage<TransferView>([.. items.Select(t => TransferFields.View(t, decisions, today))], page, pageSize, total));
    }

    private static async Task<Results<Ok<TransferView>, NotFound>> GetAsync(
        Guid id, ReportingDbContext db, ClaimsPrincipal user, RegisterWrites writes, AdequacyDecisions decisions, CancellationToken cancellationToken)
    {
        var transfer = await Visible(db, user).AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return transfer is null ? TypedResults.NotFound() : TypedResults.Ok(TransferFields.View(transfer, decisions, Today(writes)));
    }

    private static async Task<Results<Ok<TransferView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, TransferRequest request, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, AdequacyDecisions decisions,
        CancellationToken cancellationToken)
    {
        var transfer = await Visible(db, user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (transfer is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors()
            .When(request.OrganizationId is { } org && org != transfer.OrganizationId, OrganizationScope.Field, "An entry cannot move to another organisation.")
            .When(request.Revision is null, "revision", "Required: the revision last read.");
        var fields = TransferValidator.Validate(request, Today(writes), errors);
        if (!errors.IsValid || fields is null)
        {
            return errors.ToProblem();
        }

        if (request.Revision != transfer.Revision)
        {
            return RegisterWrites.Stale();
        }

        var before = RegisterJson.Element(TransferFields.View(transfer));
        fields.ApplyTo(transfer);
        var changed = RegisterJson.ChangedFields(before, RegisterJson.Element(TransferFields.View(transfer)));
        if (changed.Count == 0)
        {
            return TypedResults.Ok(TransferFields.View(transfer, decisions, Today(writes)));
        }

        transfer.Revision++;
        transfer.UpdatedAt = writes.Now();
        if (await writes.SaveAsync(RegisterKind.Transfer, transfer.OrganizationId, transfer.Id, transfer.Revision, ChangeAction.Updated,
                user.ActorId(), RegisterJson.Element(TransferFields.View(transfer)), changed, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(TransferFields.View(transfer, decisions, Today(writes)));
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken)
    {
        var transfer = await Visible(db, user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (transfer is null)
        {
            return TypedResults.NotFound();
        }

        // Art. 30(1)(e): a record must not name a transfer the register no longer holds.
        if (await db.ProcessingActivities.AnyAsync(a => a.OrganizationId == transfer.OrganizationId && a.Transfers.Contains(id), cancellationToken))
        {
            return RegisterWrites.Conflict("A processing activity names this transfer: remove it from its transfers first.");
        }

        var snapshot = RegisterJson.Element(TransferFields.View(transfer));
        db.Transfers.Remove(transfer);
        if (await writes.SaveAsync(RegisterKind.Transfer, transfer.OrganizationId, transfer.Id, transfer.Revision, ChangeAction.Deleted,
                user.ActorId(), snapshot, RegisterJson.ContentFields(snapshot), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.NoContent();
    }
}

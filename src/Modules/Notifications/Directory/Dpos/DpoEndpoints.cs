using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Notifications.Directory.Dpos;

/// <summary>The DPO directory (Art. 37–39): who alerts go to, when and how.</summary>
internal static class DpoEndpoints
{
    private const int MaxPageSize = 200;

    public static void MapDpos(this IEndpointRouteBuilder api)
    {
        api.MapPost("/dpos", CreateAsync).WithIdempotency<NotificationsDbContext>().WithName("CreateDpo").WithTags("Directory")
            .WithSummary("Add a DPO: contact, time zone, working hours, countries covered, channel preferences, deputy.")
            .RequireAuthorization(p => p.RequireRole(DirectoryRoles.Writers));
        api.MapGet("/dpos", ListAsync).WithName("ListDpos").WithTags("Directory").WithSummary("DPOs, oldest first; filter by country covered.")
            .RequireAuthorization(p => p.RequireRole(DirectoryRoles.Readers));
        api.MapGet("/dpos/{id:guid}", GetAsync).WithName("GetDpo").WithTags("Directory").RequireAuthorization(p => p.RequireRole(DirectoryRoles.Readers));
        api.MapPut("/dpos/{id:guid}", UpdateAsync).WithName("UpdateDpo").WithTags("Directory").WithSummary("Replace a DPO's entry.")
            .RequireAuthorization(p => p.RequireRole(DirectoryRoles.Writers));
        api.MapDelete("/dpos/{id:guid}", DeleteAsync).WithName("DeleteDpo").WithTags("Directory")
            .WithSummary("Remove a DPO; refused while another DPO names them as deputy.")
            .RequireAuthorization(p => p.RequireRole(DirectoryRoles.Writers));
    }

    private static async Task<Results<Created<DpoCreated>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        DpoRequest request, ClaimsPrincipal user, OrganizationScope organizations, NotificationsDbContext db,
        PersonalDataProtector personalData, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var fields = DpoValidator.Validate(request, errors);
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        var now = Instants.Normalize(clock.GetUtcNow());
        var id = Guid.CreateVersion7(now);
        if (organization is { } org)
        {
            await DpoRules.CheckDeputyAsync(db, org, id, request.DeputyId, errors, cancellationToken);
        }

        if (!errors.IsValid || fields is null || organization is null)
        {
            return errors.ToProblem();
        }

        if (await DpoRules.GroupConflictAsync(db, organization.Value, id, fields.IsGroupDpo, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var dpo = new Dpo
        {
            Id = id,
            OrganizationId = organization.Value,
            CreatedAt = now,
            Name = personalData.Protect(fields.Name, id, nameof(Dpo.Name)),
            Email = personalData.Protect(fields.Email, id, nameof(Dpo.Email)),
            Phone = personalData.ProtectOptional(fields.Phone, id, nameof(Dpo.Phone)),
            TimeZone = fields.TimeZone,
        };
        fields.ApplyTo(dpo);
        db.Dpos.Add(dpo);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/dpos/{id}", new DpoCreated(id));
    }

    private static async Task<Results<Ok<Page<DpoView>>, ValidationProblem>> ListAsync(
        NotificationsDbContext db, ClaimsPrincipal user, PersonalDataProtector personalData, CancellationToken cancellationToken,
        string? country = null, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, MaxPageSize, null, null)
            .When(country is not null && !CountryCode.IsValid(country), "country", "Not an ISO 3166-1 alpha-2 code (e.g. \"DE\").");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = DpoRules.Visible(db, OrganizationScope.ReadFilter(user)).AsNoTracking();
        query = country is null ? query : query.Where(d => d.Countries.Contains(country));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<DpoView>([.. items.Select(d => DpoProjection.Of(d, personalData))], page, pageSize, total));
    }

    private static async Task<Results<Ok<DpoView>, NotFound>> GetAsync(
        Guid id, NotificationsDbContext db, ClaimsPrincipal user, PersonalDataProtector personalData, CancellationToken cancellationToken)
    {
        var dpo = await DpoRules.Visible(db, OrganizationScope.ReadFilter(user)).AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return dpo is null ? TypedResults.NotFound() : TypedResults.Ok(DpoProjection.Of(dpo, personalData));
    }

    private static async Task<Results<Ok<DpoView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, DpoRequest request, NotificationsDbContext db, ClaimsPrincipal user, PersonalDataProtector personalData, CancellationToken cancellationToken)
    {
        var dpo = await DpoRules.Visible(db, OrganizationScope.ReadFilter(user)).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dpo is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors()
            .When(request.OrganizationId is { } org && org != dpo.OrganizationId, OrganizationScope.Field, "A DPO cannot move to another organisation.");
        var fields = DpoValidator.Validate(request, errors);
        await DpoRules.CheckDeputyAsync(db, dpo.OrganizationId, dpo.Id, request.DeputyId, errors, cancellationToken);
        if (!errors.IsValid || fields is null)
        {
            return errors.ToProblem();
        }

        if (await DpoRules.GroupConflictAsync(db, dpo.OrganizationId, dpo.Id, fields.IsGroupDpo, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        dpo.Name = personalData.Protect(fields.Name, dpo.Id, nameof(Dpo.Name));
        dpo.Email = personalData.Protect(fields.Email, dpo.Id, nameof(Dpo.Email));
        dpo.Phone = personalData.ProtectOptional(fields.Phone, dpo.Id, nameof(Dpo.Phone));
        fields.ApplyTo(dpo);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DpoProjection.Of(dpo, personalData));
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, NotificationsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var dpo = await DpoRules.Visible(db, OrganizationScope.ReadFilter(user)).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dpo is null)
        {
            return TypedResults.NotFound();
        }

        if (await db.Dpos.AnyAsync(d => d.DeputyId == id && d.Id != id, cancellationToken))
        {
            return DpoRules.Conflict("Another DPO names this DPO as deputy: choose another deputy there first.");
        }

        db.Dpos.Remove(dpo);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}

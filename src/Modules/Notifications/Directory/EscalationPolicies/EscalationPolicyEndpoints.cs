namespace ComplianceHub.Notifications.Directory.EscalationPolicies;

/// <summary>How unacknowledged Critical / High alerts climb from the regional DPO upwards.</summary>
internal static class EscalationPolicyEndpoints
{
    private const int MaxPageSize = 200;

    public static void MapEscalationPolicies(this IEndpointRouteBuilder api)
    {
        api.MapPost("/escalation-policies", CreateAsync).WithIdempotency<NotificationsDbContext>().WithName("CreateEscalationPolicy")
            .WithTags("Directory").WithSummary("Add an escalation policy: levels (targets, wait minutes) and repeat count.")
            .RequireAuthorization(p => p.RequireRole(DirectoryRoles.Writers));
        api.MapGet("/escalation-policies", ListAsync).WithName("ListEscalationPolicies").WithTags("Directory")
            .RequireAuthorization(p => p.RequireRole(DirectoryRoles.Readers));
        api.MapGet("/escalation-policies/{id:guid}", GetAsync).WithName("GetEscalationPolicy").WithTags("Directory")
            .RequireAuthorization(p => p.RequireRole(DirectoryRoles.Readers));
        api.MapPut("/escalation-policies/{id:guid}", UpdateAsync).WithName("UpdateEscalationPolicy").WithTags("Directory")
            .RequireAuthorization(p => p.RequireRole(DirectoryRoles.Writers));
        api.MapDelete("/escalation-policies/{id:guid}", DeleteAsync).WithName("DeleteEscalationPolicy").WithTags("Directory")
            .WithSummary("Remove a policy; without a default the organisation's alerts use the built-in ladder.")
            .RequireAuthorization(p => p.RequireRole(DirectoryRoles.Writers));
    }

    private static async Task<Results<Created<EscalationPolicyCreated>, ValidationProblem>> CreateAsync(
        EscalationPolicyRequest request, ClaimsPrincipal user, OrganizationScope organizations, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        var levels = await EscalationPolicyValidator.ValidateAsync(request, organization, db, errors, cancellationToken);
        if (!errors.IsValid || organization is null)
        {
            return errors.ToProblem();
        }

        var policy = new EscalationPolicy { Id = Guid.CreateVersion7(), OrganizationId = organization.Value, Name = request.Name!.Trim() };
        await ApplyAsync(db, policy, request, levels, cancellationToken);
        db.EscalationPolicies.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/escalation-policies/{policy.Id}", new EscalationPolicyCreated(policy.Id));
    }

    private static async Task<Results<Ok<Page<EscalationPolicyView>>, ValidationProblem>> ListAsync(
        NotificationsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, MaxPageSize, null, null);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = Visible(db, user).AsNoTracking();
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<EscalationPolicyView>([.. items.Select(EscalationPolicyView.Of)], page, pageSize, total));
    }

    private static async Task<Results<Ok<EscalationPolicyView>, NotFound>> GetAsync(
        Guid id, NotificationsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var policy = await Visible(db, user).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return policy is null ? TypedResults.NotFound() : TypedResults.Ok(EscalationPolicyView.Of(policy));
    }

    private static async Task<Results<Ok<EscalationPolicyView>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, EscalationPolicyRequest request, NotificationsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var policy = await Visible(db, user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors()
            .When(request.OrganizationId is { } org && org != policy.OrganizationId, OrganizationScope.Field, "A policy cannot move to another organisation.");
        var levels = await EscalationPolicyValidator.ValidateAsync(request, policy.OrganizationId, db, errors, cancellationToken);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        policy.Name = request.Name!.Trim();
        await ApplyAsync(db, policy, request, levels, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EscalationPolicyView.Of(policy));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, NotificationsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var policy = await Visible(db, user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is null)
        {
            return TypedResults.NotFound();
        }

        db.EscalationPolicies.Remove(policy);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A new default clears the old one in the same SaveChanges (one transaction): never two defaults.</summary>
    private static async Task ApplyAsync(NotificationsDbContext db, EscalationPolicy policy, EscalationPolicyRequest request, List<EscalationLevel> levels, CancellationToken cancellationToken)
    {
        policy.Levels = levels;
        policy.RepeatCount = request.RepeatCount!.Value;
        policy.IsDefault = request.IsDefault;
        if (request.IsDefault)
        {
            var previous = await db.EscalationPolicies
                .Where(p => p.OrganizationId == policy.OrganizationId && p.IsDefault && p.Id != policy.Id).ToListAsync(cancellationToken);
            previous.ForEach(p => p.IsDefault = false);
        }
    }

    private static IQueryable<EscalationPolicy> Visible(NotificationsDbContext db, ClaimsPrincipal user) =>
        OrganizationScope.ReadFilter(user) is { } organization ? db.EscalationPolicies.Where(p => p.OrganizationId == organization) : db.EscalationPolicies;
}

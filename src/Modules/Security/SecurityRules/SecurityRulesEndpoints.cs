using ComplianceHub.Security.Evaluation;

namespace ComplianceHub.Security.SecurityRules;

/// <summary><c>GET/PUT /security-rules</c>: the thresholds of the caller's organisation (a platform caller names one).</summary>
internal static class SecurityRulesEndpoints
{
    public static void MapSecurityRules(this IEndpointRouteBuilder api)
    {
        api.MapGet("/security-rules", GetAsync)
            .WithName("GetSecurityRules").WithTags("Security")
            .WithSummary("The security rule thresholds in force for the organisation.")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.Auditor));
        api.MapPut("/security-rules", PutAsync)
            .WithName("PutSecurityRules").WithTags("Security")
            .WithSummary("Set the organisation's security rule thresholds.")
            .WithExample(SecurityRulesExamples.Rules, null)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.SecurityOfficer));
    }

    private static async Task<Results<Ok<SecurityRulesView>, ValidationProblem>> GetAsync(
        ClaimsPrincipal user, OrganizationScope organizations, SecurityDbContext db, ThresholdsLookup thresholds,
        CancellationToken cancellationToken, Guid? organizationId = null)
    {
        var errors = new ValidationErrors();
        var organization = await organizations.ForNewRecordAsync(user, organizationId, errors, cancellationToken);
        if (!errors.IsValid || organization is null)
        {
            return errors.ToProblem();
        }

        var own = await db.Rules.AsNoTracking().AnyAsync(r => r.OrganizationId == organization, cancellationToken);
        return TypedResults.Ok(new SecurityRulesView(organization.Value, !own, await thresholds.ForAsync(organization.Value, cancellationToken)));
    }

    private static async Task<Results<Ok<SecurityRulesView>, ValidationProblem>> PutAsync(
        SecurityRulesRequest request, ClaimsPrincipal user, OrganizationScope organizations, SecurityDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().When(request.Thresholds is null, "thresholds", "Required.");
        foreach (var (field, message) in request.Thresholds?.Problems() ?? [])
        {
            errors.Add($"thresholds.{field}", message);
        }

        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (!errors.IsValid || organization is null)
        {
            return errors.ToProblem();
        }

        var thresholds = request.Thresholds!.Copy();
        thresholds.PersonalDataSystems = [.. thresholds.PersonalDataSystems.Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        var row = await db.Rules.SingleOrDefaultAsync(r => r.OrganizationId == organization, cancellationToken);
        if (row is null)
        {
            row = new OrganizationRules { OrganizationId = organization.Value, Thresholds = thresholds };
            db.Rules.Add(row);
        }

        row.Thresholds = thresholds;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = user.ActorId();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new SecurityRulesView(organization.Value, false, thresholds));
    }
}

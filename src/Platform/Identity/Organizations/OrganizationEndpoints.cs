using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Http;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.Shared.Identity.Organizations;

/// <summary>
/// <c>/api/v1/organizations</c>: organisations (global Admin) and their API keys (global Admin, or the organisation's
/// own Admin). Another organisation's ids answer 404, as if they did not exist.
/// </summary>
public static class OrganizationEndpoints
{
    public static IEndpointRouteBuilder MapOrganizations(this IEndpointRouteBuilder api)
    {
        var organizations = api.MapGroup("/organizations").WithTags("Organizations");
        organizations.MapPost("", CreateAsync)
            .WithIdempotency<IdentityDbContext>()
            .WithName("CreateOrganization")
            .WithSummary("Create an organisation (global Admin).")
            .RequireAuthorization(p => p.RequirePlatformRole(Roles.Admin));
        organizations.MapGet("", ListAsync)
            .WithName("ListOrganizations")
            .WithSummary("Every organisation (global Admin); an organisation's Admin sees their own.")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));
        organizations.MapGet("/{orgId:guid}", GetAsync)
            .WithName("GetOrganization")
            .WithSummary("One organisation, to its own members and global Admins.")
            .RequireAuthorization(p => p.RequireRole([.. Roles.All]));

        var keys = organizations.MapGroup("/{orgId:guid}/api-keys").WithTags("API keys")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));
        keys.MapPost("", (Guid orgId, CreateApiKeyRequest request, IdentityDbContext db, IAuditTrail audit, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
                ApiKeyOperations.CreateAsync(orgId, request, db, audit, clock, user, ct))
            .WithSecretAnswer()
            .WithName("CreateApiKey")
            .WithSummary("Create a key with roles and an optional expiry; the key is in this answer only, stored as a digest.");
        keys.MapGet("", (Guid orgId, IdentityDbContext db, ClaimsPrincipal user, CancellationToken ct) => ApiKeyOperations.ListAsync(orgId, db, user, ct))
            .WithName("ListApiKeys")
            .WithSummary("The organisation's keys (never the keys themselves).");
        keys.MapDelete("/{keyId:guid}", (Guid orgId, Guid keyId, IdentityDbContext db, ApiKeyDirectory directory, IAuditTrail audit, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
                ApiKeyOperations.RevokeAsync(orgId, keyId, db, directory, audit, clock, user, ct))
            .WithName("RevokeApiKey")
            .WithSummary("Revoke a key: refused from then on (other hosts within 30 s).");

        var platform = api.MapGroup("/api-keys").WithTags("API keys").RequireAuthorization(p => p.RequirePlatformRole(Roles.Admin));
        platform.MapPost("", (CreateApiKeyRequest request, IdentityDbContext db, IAuditTrail audit, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
                ApiKeyOperations.CreateAsync(null, request, db, audit, clock, user, ct))
            .WithSecretAnswer()
            .WithName("CreatePlatformApiKey")
            .WithSummary("Create a platform key (bound to no organisation: operators, platform auditors); global Admin.");
        platform.MapGet("", (IdentityDbContext db, ClaimsPrincipal user, CancellationToken ct) => ApiKeyOperations.ListAsync(null, db, user, ct))
            .WithName("ListPlatformApiKeys")
            .WithSummary("The platform keys.");
        platform.MapDelete("/{keyId:guid}", (Guid keyId, IdentityDbContext db, ApiKeyDirectory directory, IAuditTrail audit, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
                ApiKeyOperations.RevokeAsync(null, keyId, db, directory, audit, clock, user, ct))
            .WithName("RevokePlatformApiKey")
            .WithSummary("Revoke a platform key.");
        return api;
    }

    private static async Task<Results<Created<OrganizationCreated>, ValidationProblem>> CreateAsync(
        CreateOrganizationRequest request, IdentityDbContext db, IAuditTrail audit, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(request.Name), "name", "A name is required.")
            .When(request.Name is { Length: > IdentityDbContext.Limits.Name }, "name", $"At most {IdentityDbContext.Limits.Name} characters.")
            .When(!CountryCode.IsValid(request.HomeCountry), "homeCountry", "An ISO 3166-1 alpha-2 country code in capitals, e.g. IE.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var organization = new Organization
        {
            Id = NewId.NextGuid(), Name = request.Name!.Trim(), HomeCountry = request.HomeCountry!, CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(AuditTypes.OrganizationCreated, user.ActorId(), $"organization:{organization.Id}",
                new Dictionary<string, string?> { ["homeCountry"] = organization.HomeCountry }, OrganizationId: organization.Id),
            db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/organizations/{organization.Id}", new OrganizationCreated(organization.Id));
    }

    private static async Task<Ok<List<OrganizationView>>> ListAsync(IdentityDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var query = db.Organizations.AsNoTracking();
        if (!user.IsGlobalAdmin())
        {
            var own = user.OrganizationId();
            query = query.Where(o => o.Id == own);
        }

        var organizations = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(organizations.Select(OrganizationView.Of).ToList());
    }

    private static async Task<Results<Ok<OrganizationView>, ProblemHttpResult>> GetAsync(Guid orgId, IdentityDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.CanAccess(orgId) && await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, cancellationToken) is { } organization
            ? TypedResults.Ok(OrganizationView.Of(organization))
            : ApiKeyOperations.NoSuchOrganization(orgId);
}

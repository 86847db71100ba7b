using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.Http;
using MassTransit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceHub.Shared.Identity.Organizations;

/// <summary>Creating, listing and revoking keys of an organisation (<c>organizationId</c>) or of the platform (null).</summary>
internal static class ApiKeyOperations
{
    private const int MaxRoles = 10;

    public static async Task<Results<Created<ApiKeyCreated>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid? organizationId, CreateApiKeyRequest request, IdentityDbContext db, IAuditTrail audit, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (organizationId is { } org && !await ExistsForAsync(org, db, user, cancellationToken))
        {
            return NoSuchOrganization(org);
        }

        var now = clock.GetUtcNow();
        var errors = new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(request.Name), "name", "A name is required.")
            .When(request.Name is { Length: > IdentityDbContext.Limits.Name }, "name", $"At most {IdentityDbContext.Limits.Name} characters.")
            .When(request.Roles is null || request.Roles.Count == 0, "roles", $"At least one of: {string.Join(", ", Roles.All)}.")
            .When(request.Roles is { Count: > MaxRoles }, "roles", $"At most {MaxRoles} roles.")
            .When(request.ExpiresAt is { } expires && expires <= now, "expiresAt", "Must lie in the future.");
        for (var i = 0; i < Math.Min(request.Roles?.Count ?? 0, MaxRoles); i++)
        {
            var role = request.Roles![i];
            errors.When(role is null || !Roles.All.Contains(role, StringComparer.Ordinal), $"roles[{i}]", $"Unknown role; one of: {string.Join(", ", Roles.All)}.");
            errors.When(organizationId is not null && role == Roles.Operator, $"roles[{i}]", "Operator sees every organisation's failures: a platform key (/api/v1/api-keys) carries it.");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var secret = ApiKeyHash.NewKey();
        var key = new ApiKey
        {
            Id = NewId.NextGuid(),
            OrganizationId = organizationId,
            Name = request.Name!.Trim(),
            Roles = [.. request.Roles!.OfType<string>().Distinct().Order(StringComparer.Ordinal)],
            KeyHash = ApiKeyHash.Of(secret),
            Prefix = secret[..12],
            CreatedAt = now,
            CreatedBy = user.ActorId(),
            ExpiresAt = request.ExpiresAt,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(AuditTypes.ApiKeyCreated, user.ActorId(), $"api-key:{key.Id}",
                new Dictionary<string, string?>
                {
                    ["organization"] = organizationId?.ToString(), ["roles"] = string.Join(",", key.Roles), ["expiresAt"] = key.ExpiresAt?.ToString("O"),
                },
                OrganizationId: organizationId),
            db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created(Path(organizationId) + $"/{key.Id}", new ApiKeyCreated(key.Id, secret, key.Name, key.Roles, key.ExpiresAt));
    }

    public static async Task<Results<Ok<List<ApiKeyView>>, ProblemHttpResult>> ListAsync(
        Guid? organizationId, IdentityDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (organizationId is { } org && !await ExistsForAsync(org, db, user, cancellationToken))
        {
            return NoSuchOrganization(org);
        }

        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.OrganizationId == organizationId)
            .OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(keys.Select(ApiKeyView.Of).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid? organizationId, Guid keyId, IdentityDbContext db, ApiKeyDirectory directory, IAuditTrail audit, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (organizationId is { } org && !await ExistsForAsync(org, db, user, cancellationToken))
        {
            return NoSuchOrganization(org);
        }

        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.OrganizationId == organizationId, cancellationToken);
        if (key is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API key", detail: $"No API key has id {keyId} here.");
        }

        if (key.RevokedAt is null)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            key.RevokedAt = clock.GetUtcNow();
            key.RevokedBy = user.ActorId();
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(
                new AuditRecord(AuditTypes.ApiKeyRevoked, user.ActorId(), $"api-key:{key.Id}",
                    new Dictionary<string, string?> { ["organization"] = organizationId?.ToString() }, OrganizationId: organizationId),
                db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        directory.Evict(key.Id);
        return TypedResults.NoContent();
    }

    public static ProblemHttpResult NoSuchOrganization(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such organization", detail: $"No organization has id {id}.");

    // Another organisation's id is answered exactly like an id that does not exist.
    private static async Task<bool> ExistsForAsync(Guid organizationId, IdentityDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.CanAccess(organizationId) && await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken);

    private static string Path(Guid? organizationId) =>
        organizationId is { } org ? $"/api/v1/organizations/{org}/api-keys" : "/api/v1/api-keys";
}

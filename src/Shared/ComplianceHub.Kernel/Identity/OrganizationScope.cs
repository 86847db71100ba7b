using System.Security.Claims;
using ComplianceHub.Shared.Http;

namespace ComplianceHub.Shared.Identity;

/// <summary>
/// Which organisation a new record belongs to: the caller's own; a platform caller (global Admin) names one with
/// <c>organizationId</c>. Modules call this instead of reading the identity tables.
/// </summary>
public sealed class OrganizationScope(IOrganizationDirectory organizations, ActingOrganization acting)
{
    public const string Field = "organizationId";

    /// <summary>The owning organisation, or null with the reason added to <paramref name="errors"/>.</summary>
    public async Task<Guid?> ForNewRecordAsync(ClaimsPrincipal user, Guid? requested, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (user.OrganizationId() is { } own)
        {
            errors.When(requested is not null && requested != own, Field, "Leave it out: records are created in the caller's own organisation.");
            return requested is null || requested == own ? own : null;
        }

        if (requested is not { } named)
        {
            errors.Add(Field, "Required for a platform caller: the organisation the record belongs to.");
            return null;
        }

        if (!await organizations.ExistsAsync(named, cancellationToken))
        {
            errors.Add(Field, "No organisation has this id.");
            return null;
        }

        acting.Id = named;
        return named;
    }

    /// <summary>An organisation's name and main establishment, or null when it does not exist.</summary>
    public Task<OrganizationProfile?> ProfileAsync(Guid id, CancellationToken cancellationToken) =>
        organizations.ProfileAsync(id, cancellationToken);

    /// <summary>Every organisation's profile (background work that covers all of them, e.g. report schedules).</summary>
    public Task<List<OrganizationProfile>> AllAsync(CancellationToken cancellationToken) =>
        organizations.AllAsync(cancellationToken);

    /// <summary>The organisation a query is limited to: the caller's own, or null (everything) for a platform caller.</summary>
    public static Guid? ReadFilter(ClaimsPrincipal user) => user.OrganizationId();
}

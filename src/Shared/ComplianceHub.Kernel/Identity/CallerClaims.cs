using System.Security.Claims;

namespace ComplianceHub.Shared.Identity;

/// <summary>Who is calling: an id fit for the audit trail, and the organisation the caller is bound to (none for a global Admin).</summary>
public static class CallerClaims
{
    public const string Organization = "ch:org";

    public static string ActorId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";

    /// <summary>The caller's organisation; null for a global Admin (the bootstrap key, or a token without one).</summary>
    public static Guid? OrganizationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Organization), out var id) ? id : null;

    public static bool IsGlobalAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin) && user.OrganizationId() is null;

    /// <summary>True when the caller may act within <paramref name="organizationId"/>: it is theirs, or they are a global Admin.</summary>
    public static bool CanAccess(this ClaimsPrincipal user, Guid organizationId) =>
        user.IsGlobalAdmin() || user.OrganizationId() == organizationId;
}

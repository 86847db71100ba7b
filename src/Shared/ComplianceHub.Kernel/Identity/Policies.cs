using Microsoft.AspNetCore.Authorization;

namespace ComplianceHub.Shared.Identity;

/// <summary>How endpoints declare who may call them (docs/security.md lists the result).</summary>
public static class Policies
{
    /// <summary>Any of <paramref name="roles"/>, bound to no organisation.</summary>
    public static AuthorizationPolicyBuilder RequirePlatformRole(this AuthorizationPolicyBuilder policy, params string[] roles) =>
        policy.RequireRole(roles).AddRequirements(new PlatformCallerRequirement());
}

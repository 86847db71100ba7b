using Microsoft.AspNetCore.Authorization;

namespace ComplianceHub.Shared.Identity;

/// <summary>
/// The endpoint shows data of every organisation (dead letters, breakers, the platform's audit trail): only callers
/// bound to no organisation pass — the bootstrap Admin, platform keys, tokens without an organisation.
/// </summary>
public sealed class PlatformCallerRequirement : AuthorizationHandler<PlatformCallerRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PlatformCallerRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && context.User.OrganizationId() is null)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

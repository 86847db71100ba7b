using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace ComplianceHub.Shared.Identity;

/// <summary>Who may call an endpoint, read from its metadata: what the startup check enforces and the OpenAPI document shows.</summary>
public sealed record EndpointAccess(bool Anonymous, IReadOnlyList<string> Roles, bool PlatformOnly)
{
    /// <summary>Anonymous, or at least one role named; anything else has not declared its policy.</summary>
    public bool Declared => Anonymous || Roles.Count > 0;

    public static EndpointAccess Of(Endpoint endpoint)
    {
        var metadata = endpoint.Metadata;
        if (metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return new(true, [], false);
        }

        var requirements = metadata.GetOrderedMetadata<AuthorizationPolicy>().SelectMany(p => p.Requirements).ToList();
        var roleSets = requirements.OfType<RolesAuthorizationRequirement>().Select(r => r.AllowedRoles.ToHashSet(StringComparer.Ordinal))
            .Concat(metadata.GetOrderedMetadata<IAuthorizeData>().Where(a => !string.IsNullOrWhiteSpace(a.Roles))
                .Select(a => a.Roles!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)))
            .ToList();

        // Several role requirements all apply: a caller needs one role of each.
        var roles = roleSets.Count == 0 ? [] : roleSets.Aggregate((a, b) => [.. a.Intersect(b)]).Order(StringComparer.Ordinal).ToList();
        return new(false, roles, requirements.OfType<PlatformCallerRequirement>().Any());
    }
}

using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Identity;

/// <summary>
/// Bound from <c>Security:Jwt</c>: bearer tokens of an OIDC issuer. Off while <see cref="Authority"/> is unset. Roles and
/// the organisation come from claims. A token is a platform caller only when it carries <see cref="PlatformClaim"/> with
/// <see cref="PlatformClaimValue"/> (both unset: no token ever is); a token with neither that nor an organisation, or
/// with both, is refused: a token missing a claim must never see every organisation's data by accident.
/// </summary>
public sealed class JwtOptions : IValidatedOptions
{
    public const string Section = "Security:Jwt";

    /// <summary>The issuer's base address; its <c>/.well-known/openid-configuration</c> names the signing keys.</summary>
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    /// <summary>The claim holding role names (unknown names are ignored).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim holding the organisation id.</summary>
    public string OrganizationClaim { get; set; } = "org_id";

    /// <summary>The claim that makes a token a platform caller, e.g. <c>platform_admin</c>; unset: no token is one.</summary>
    public string? PlatformClaim { get; set; }

    /// <summary>The value <see cref="PlatformClaim"/> must hold (compared exactly), e.g. <c>true</c>.</summary>
    public string? PlatformClaimValue { get; set; }

    public bool PlatformClaimEnabled => !string.IsNullOrWhiteSpace(PlatformClaim);

    /// <summary>Off only for an issuer on loopback in tests or development.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    public IEnumerable<string> Validate(string section)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
        {
            yield return $"{section}:Authority must be an absolute http(s) address (was '{Authority}').";
        }
        else if (authority.Scheme == Uri.UriSchemeHttp && RequireHttpsMetadata)
        {
            yield return $"{section}:Authority must use https (set {section}:RequireHttpsMetadata=false only for a local issuer).";
        }
        else if (!RequireHttpsMetadata && !authority.IsLoopback)
        {
            yield return $"{section}:RequireHttpsMetadata may be false only for an issuer on loopback.";
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            yield return $"{section}:Audience is required when {section}:Authority is set.";
        }

        if (string.IsNullOrWhiteSpace(RoleClaim) || string.IsNullOrWhiteSpace(OrganizationClaim))
        {
            yield return $"{section}:RoleClaim and {section}:OrganizationClaim must name claims.";
        }

        if (PlatformClaimEnabled != !string.IsNullOrWhiteSpace(PlatformClaimValue))
        {
            yield return $"{section}:PlatformClaim and {section}:PlatformClaimValue are set together (a claim name and the value that makes a platform caller) or not at all.";
        }
        else if (PlatformClaimEnabled && (string.Equals(PlatformClaim, OrganizationClaim, StringComparison.Ordinal) || string.Equals(PlatformClaim, RoleClaim, StringComparison.Ordinal)))
        {
            yield return $"{section}:PlatformClaim must be a claim of its own, not {section}:OrganizationClaim or {section}:RoleClaim.";
        }
    }
}

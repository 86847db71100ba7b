using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace ComplianceHub.Shared.Identity;

/// <summary>Validates tokens of the configured issuer and turns their claims into ours (actor, roles, organisation).</summary>
internal static class JwtBearerSetup
{
    public static void Configure(JwtBearerOptions o, JwtOptions jwt)
    {
        o.Authority = jwt.Authority;
        o.Audience = jwt.Audience;
        o.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        o.MapInboundClaims = false; // claim names as the issuer wrote them
        o.TokenValidationParameters.ValidateIssuer = true;
        o.TokenValidationParameters.ValidateAudience = true;
        o.TokenValidationParameters.ValidateLifetime = true;
        o.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
        o.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                var token = context.Principal!;
                var subject = token.FindFirstValue("sub");
                if (string.IsNullOrWhiteSpace(subject))
                {
                    context.Fail("The token has no subject.");
                    return Task.CompletedTask;
                }

                var roles = token.FindAll(jwt.RoleClaim).Select(c => c.Value).Where(r => Roles.All.Contains(r, StringComparer.Ordinal)).Distinct();
                var organization = token.FindFirstValue(jwt.OrganizationClaim);
                if (organization is not null && !Guid.TryParse(organization, out _))
                {
                    context.Fail("The token's organisation is not an organisation id.");
                    return Task.CompletedTask;
                }

                // Platform scope is granted, never defaulted: the configured claim with its value, and no organisation
                // beside it (a token claiming both is ambiguous, so it is refused rather than guessed).
                var platform = jwt.PlatformClaimEnabled && token.FindAll(jwt.PlatformClaim!).Any(c => string.Equals(c.Value, jwt.PlatformClaimValue, StringComparison.Ordinal));
                if (platform && organization is not null)
                {
                    context.Fail("The token names both an organisation and the platform.");
                    return Task.CompletedTask;
                }

                if (!platform && organization is null)
                {
                    context.Fail("The token names no organisation.");
                    return Task.CompletedTask;
                }

                context.Principal = new ClaimsPrincipal(new ClaimsIdentity(
                [
                    new Claim(ClaimTypes.NameIdentifier, $"jwt:{subject}"),
                    .. organization is null ? Array.Empty<Claim>() : [new Claim(CallerClaims.Organization, organization)],
                    .. roles.Select(r => new Claim(ClaimTypes.Role, r)),
                ], JwtBearerDefaults.AuthenticationScheme));
                return Task.CompletedTask;
            },
        };
    }
}

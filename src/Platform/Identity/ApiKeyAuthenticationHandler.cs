using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Shared.Identity;

/// <summary>Authenticates <c>X-Api-Key</c>: the bootstrap key (a global Admin) or an organisation's key (its roles, bound to it).</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    BootstrapAdminKey bootstrapKey,
    ApiKeyDirectory directory) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values[0]!;
        if (presented.Length > 256)
        {
            return AuthenticateResult.Fail("Unknown API key.");
        }

        if (ApiKeyHash.Matches(presented, bootstrapKey.Hash))
        {
            return Success([new Claim(ClaimTypes.NameIdentifier, "bootstrap-admin"), new Claim(ClaimTypes.Role, Roles.Admin)]);
        }

        if (await directory.FindAsync(ApiKeyHash.Of(presented), Context.RequestAborted) is not { } key)
        {
            return AuthenticateResult.Fail("Unknown, expired or revoked API key.");
        }

        return Success(
        [
            new Claim(ClaimTypes.NameIdentifier, $"key:{key.Id}"),
            .. key.OrganizationId is { } organization ? [new Claim(CallerClaims.Organization, organization.ToString())] : Array.Empty<Claim>(),
            .. key.Roles.Select(r => new Claim(ClaimTypes.Role, r)),
        ]);
    }

    private static AuthenticateResult Success(IEnumerable<Claim> claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = SchemeName;
        return Task.CompletedTask;
    }
}

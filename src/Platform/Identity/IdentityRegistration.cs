using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Identity.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Identity;

internal static class IdentityRegistration
{
    private const string SelectScheme = "ApiKeyOrBearer";

    public static void AddIdentity(this IHostApplicationBuilder builder, StorageOptions storage, LogFormat logFormat)
    {
        var security = builder.AddValidatedOptions<SecurityOptions>(SecurityOptions.Section);
        var jwt = builder.AddValidatedOptions<JwtOptions>(JwtOptions.Section);
        builder.Services.AddSingleton(BootstrapAdminKey.Resolve(security.BootstrapAdminKey, storage.DataDirectoryFullPath, Console.Out, logFormat));
        builder.AddModuleDbContext<IdentityDbContext>();
        builder.Services.AddSingleton<ApiKeyDirectory>();
        builder.Services.AddScoped<OrganizationScope>();
        builder.Services.AddScoped<ActingOrganization>();
        var authentication = builder.Services.AddAuthentication(jwt.Enabled ? SelectScheme : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (jwt.Enabled)
        {
            // A bearer token goes to the token handler, anything else to the key handler.
            authentication.AddPolicyScheme(SelectScheme, "API key or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticationHandler.SchemeName);
            authentication.AddJwtBearer(o => JwtBearerSetup.Configure(o, jwt));
        }

        builder.Services.AddHostedService<EndpointPolicyCheck>();

        // Deny by default: an endpoint that forgets to declare a policy still needs an authenticated caller.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}

using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Identity.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Identity;

internal static class IdentityRegistration
{
    public static void AddIdentity(this IHostApplicationBuilder builder, StorageOptions storage)
    {
        var security = builder.AddValidatedOptions<SecurityOptions>(SecurityOptions.Section);
        builder.Services.AddSingleton(BootstrapAdminKey.Resolve(security.BootstrapAdminKey, storage.DataDirectoryFullPath, Console.Out));
        builder.AddModuleDbContext<IdentityDbContext>();
        builder.Services.AddSingleton<ApiKeyDirectory>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        // Deny by default: an endpoint that forgets to declare a policy still needs an authenticated caller.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}

using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Identity.Organizations;
using ComplianceHub.Shared.Messaging.Outbox;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace ComplianceHub.Shared.Identity;

/// <summary>The Identity platform module: organisations, API keys, bearer tokens, roles and who the caller is.</summary>
public static class IdentityModule
{
    private const string SelectScheme = "ApiKeyOrBearer";

    public static IHostApplicationBuilder AddIdentityModule(this IHostApplicationBuilder builder)
    {
        var storage = builder.ValidatedOptions<StorageOptions>();
        var logFormat = builder.ValidatedOptions<LoggingOptions>().Format;
        var security = builder.AddValidatedOptions<SecurityOptions>(SecurityOptions.Section);
        var jwt = builder.AddValidatedOptions<JwtOptions>(JwtOptions.Section);
        builder.Services.AddSingleton(BootstrapAdminKey.Resolve(security.BootstrapAdminKey, storage.DataDirectoryFullPath, Console.Out, logFormat));
        builder.AddModuleDbContext<IdentityDbContext>();
        builder.Services.AddSingleton<ApiKeyDirectory>();
        builder.Services.AddScoped<OrganizationScope>();
        builder.Services.AddScoped<IOrganizationDirectory, OrganizationDirectory>();
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
        builder.Services.ConfigureAll<OpenApiOptions>(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "An API key; the bootstrap Admin key is printed on first start and kept in ./data/admin-key.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [],
            });
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>Organisations and their keys, and the platform's keys.</summary>
    public static RouteGroupBuilder MapIdentityEndpoints(this RouteGroupBuilder api)
    {
        api.MapOrganizations();
        return api;
    }
}

using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Http.Idempotency;
using ComplianceHub.Shared.Identity;
using ComplianceHub.Shared.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using System.Text.Json.Serialization;

using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.DeadLetters;
using ComplianceHub.Shared.Identity.Organizations;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Residency;
using ComplianceHub.Shared.Resilience;

namespace ComplianceHub.Shared.Hosting;

/// <summary>What every ComplianceHub host has, whatever modules it carries.</summary>
public static class ComplianceHubHost
{
    public const string ApiBasePath = "/api/v1";

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        // The base configuration is the repository-root appsettings.json, copied beside the host's assembly.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        var storage = builder.AddValidatedOptions<StorageOptions>(StorageOptions.Section);
        var logging = builder.AddStructuredLogging();
        var database = builder.AddDatabase(storage);
        var catalog = new ModuleCatalog(database);
        ((IHostApplicationBuilder)builder).Properties[typeof(ModuleCatalog)] = catalog;
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(TimeProvider.System);

        builder.AddIdentity(storage, logging.Format);
        builder.AddHttpLimits();
        builder.AddIdempotency();
        builder.AddMessageSecurity(storage);
        builder.AddResidency();
        builder.AddAuditTrail();
        builder.AddDeadLetters();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
            BindingProblems.NameUnsupportedBody(c.ProblemDetails);
        });
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
        builder.Services.AddApiDocumentation();
        builder.Services.AddHealthChecks();
        builder.Services.AddMetrics();
        builder.AddResilience();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        return builder;
    }

    /// <summary>The middleware pipeline, health and documentation; returns the <c>/api/v1</c> group for module endpoints.</summary>
    public static RouteGroupBuilder MapComplianceHub(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter(); // after authentication: the limit is per caller
        app.UseAuthorization();
        app.MapHealthEndpoints();
        app.MapApiDocumentation();
        app.MapMetrics();
        _ = app.Services.GetRequiredService<CircuitBreakerMetrics>(); // its meter exists from the start
        var api = app.MapGroup(ApiBasePath);
        api.AddEndpointFilter<ApiCallAuditFilter>(); // every state-changing call of every module
        api.MapCircuitBreakers();
        api.MapDeadLetters();
        api.MapAudit();
        api.MapOrganizations();
        return api;
    }
}

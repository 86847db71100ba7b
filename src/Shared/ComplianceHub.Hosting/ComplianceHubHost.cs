using System.Text.Json.Serialization;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Shared.Modules;
using ComplianceHub.Shared.Residency;
using ComplianceHub.Shared.Resilience;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Hosting;

/// <summary>
/// The frame every ComplianceHub host has, whatever modules it carries: configuration, storage, logging, the database,
/// HTTP conventions, message security, residency, circuit breakers, health, metrics and the API document. The modules,
/// platform ones included, are added by the host's Program.cs, each with one line, and the bus last.
/// </summary>
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
        builder.AddStructuredLogging();
        var database = builder.AddDatabase(storage);
        var catalog = new ModuleCatalog(database);
        ((IHostApplicationBuilder)builder).Properties[typeof(ModuleCatalog)] = catalog;
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(TimeProvider.System);

        builder.AddHttpLimits();
        builder.AddOutboxes();
        builder.AddMessageSecurity(storage);
        builder.AddResidency();
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

    /// <summary>
    /// The middleware pipeline, health, metrics and documentation; returns the <c>/api/v1</c> group the modules map
    /// their endpoints on, with every module's <see cref="IApiConvention"/> applied to it.
    /// </summary>
    public static RouteGroupBuilder MapComplianceHub(this WebApplication app)
    {
        PlatformModules.EnsureAdded(app.Services);
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
        foreach (var convention in app.Services.GetServices<IApiConvention>())
        {
            convention.Apply(api); // e.g. the Audit module's record of every state-changing call
        }

        return api;
    }
}

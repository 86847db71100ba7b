using ComplianceHub.Security.Evaluation;
using ComplianceHub.Security.Ingestion;
using ComplianceHub.Security.Queries;
using ComplianceHub.Security.Scans;
using ComplianceHub.Security.Scheduled;
using ComplianceHub.Security.SecurityRules;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Shared.Modules;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Security;

/// <summary>Art. 32 security events and scan results, priority rules, correlation into potential breaches.</summary>
public static class SecurityModule
{
    /// <summary>
    /// Defaults under every other configuration source: the evaluation endpoint is ordered by partition key (the event
    /// source), so one source's events are evaluated in submission order; set the key to false to give that up.
    /// </summary>
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        [$"Messaging:Endpoints:{SecurityEventsEvaluationConsumer.Endpoint}:Ordered"] = "true",
    };

    public static IHostApplicationBuilder AddSecurityModule(this IHostApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        var options = builder.AddValidatedOptions<SecurityMonitoringOptions>(SecurityMonitoringOptions.Section);
        var storage = builder.Configuration.BindValidated<StorageOptions>(StorageOptions.Section);
        var messages = builder.Configuration.BindValidated<MessageSecurityOptions>(MessageSecurityOptions.Section);
        builder.Services.AddSingleton(PseudonymKey.Resolve(options, messages, storage.DataDirectoryFullPath));
        builder.Services.AddHostedService<GeneratedPseudonymKeyWarning>();
        builder.AddModuleDbContext<SecurityDbContext>();
        builder.Services.AddSingleton<PrincipalPseudonyms>();
        builder.Services.AddScoped<SecurityEventIntake>();
        builder.Services.AddScoped<ThresholdsLookup>();
        builder.Services.AddScoped<AlertWriter>();
        builder.Services.AddScoped<RuleEvaluator>();
        builder.Services.AddScoped<BackupVerificationCheck>();
        builder.Services.AddHostedService<BackupVerificationCheckService>();
        builder.AddModuleMessaging(bus => bus.AddConsumer<SecurityEventsEvaluationConsumer>());
        return builder;
    }

    public static IEndpointRouteBuilder MapSecurityEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapSubmitSecurityEvents();
        api.MapScans();
        api.MapSecurityLists();
        api.MapSecurityRules();
        return api;
    }
}

using System.Security.Claims;
using System.Threading.RateLimiting;
using ComplianceHub.Shared.Audit.Checkpoints;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Http.Outbound;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// The Audit platform module: the accountability trail every module writes to (<see cref="IAuditTrail"/>), its
/// verification, export, checkpoints and retention, and the record of every state-changing API call.
/// </summary>
public static class AuditModule
{
    /// <summary>The rate-limit policy of the verify endpoints: each call walks the whole chain.</summary>
    public const string VerifyRateLimit = "audit-verify";

    public static IHostApplicationBuilder AddAuditModule(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<AuditOptions>(AuditOptions.Section);
        builder.AddModuleDbContext<AuditDbContext>();
        builder.Services.AddSingleton<AuditOperationsAlerts>();
        builder.Services.AddSingleton<AuditHeadGuard>();
        builder.Services.AddSingleton<AuditHeadReseal>();
        builder.Services.AddSingleton<AuditCheckpointLocation>();
        builder.Services.AddSingleton<AuditCheckpointSink>();
        builder.Services.AddSingleton<AuditCheckpointPublisher>();
        builder.Services.AddHostedService<AuditCheckpointService>();
        // An operator's receiver, but through the same guard as every outbound call (an internal one must be allow-listed).
        builder.AddOutboundHttpClient(AuditCheckpointSink.HttpClientName, TimeSpan.FromSeconds(10));
        builder.Services.Configure<RateLimiterOptions>(o => o.AddPolicy(VerifyRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? $"address:{context.Connection.RemoteIpAddress}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.VerifyRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AuditTrail>());
        builder.Services.AddHostedService<KeyUsageMonitor>();
        builder.Services.AddScoped<AuditVerifier>();
        builder.Services.AddSingleton<AuditGroupCommit>();
        builder.Services.AddSingleton<ApiCallAuditFilter>();
        builder.Services.AddSingleton<IApiConvention, ApiCallAudit>();
        builder.Services.AddSingleton<AuditRetention>();
        builder.Services.AddHostedService<AuditRetentionService>();
        if (options.MessageEvents)
        {
            builder.Services.AddSingleton<MessageAuditJournal>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<MessageAuditJournal>());
            builder.AddBusConfiguration((bus, context) =>
            {
                var journal = context.GetRequiredService<MessageAuditJournal>();
                bus.ConnectSendObserver(journal);
                bus.ConnectConsumeObserver(journal);
            });
        }

        return builder;
    }

    /// <summary>The trail's entries, verification, export and checkpoints.</summary>
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapAudit();
        return api;
    }

    /// <summary>Every state-changing call of every module is recorded, whoever maps the endpoint.</summary>
    private sealed class ApiCallAudit : IApiConvention
    {
        public void Apply(RouteGroupBuilder api) => api.AddEndpointFilter<ApiCallAuditFilter>();
    }
}

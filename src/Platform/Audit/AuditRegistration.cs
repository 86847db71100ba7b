using System.Threading.RateLimiting;
using ComplianceHub.Shared.Audit.Checkpoints;
using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Http.Outbound;
using System.Security.Claims;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Audit;

internal static class AuditRegistration
{
    /// <summary>The rate-limit policy of the verify endpoints: each call walks the whole chain.</summary>
    public const string VerifyRateLimit = "audit-verify";

    public static void AddAuditTrail(this IHostApplicationBuilder builder)
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
        builder.Services.AddHostedService<KeyUsageMonitor>();
        builder.Services.AddScoped<AuditVerifier>();
        builder.Services.AddSingleton<AuditGroupCommit>();
        builder.Services.AddSingleton<ApiCallAuditFilter>();
        builder.Services.AddHostedService<CircuitBreakerAuditor>();
        builder.Services.AddSingleton<AuditRetention>();
        builder.Services.AddHostedService<AuditRetentionService>();
        if (options.MessageEvents)
        {
            // The bus connects it as a send and consume observer (MessagingRegistration).
            builder.Services.AddSingleton<MessageAuditJournal>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<MessageAuditJournal>());
        }
    }
}

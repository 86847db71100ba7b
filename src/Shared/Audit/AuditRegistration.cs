using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Audit;

internal static class AuditRegistration
{
    public static void AddAuditTrail(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<AuditOptions>(AuditOptions.Section);
        builder.AddModuleDbContext<AuditDbContext>();
        builder.Services.AddSingleton<AuditTrail>();
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

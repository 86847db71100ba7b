using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.DeadLetters.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.DeadLetters;

internal static class DeadLetterRegistration
{
    public static void AddDeadLetters(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<DeadLetterDbContext>();
        builder.AddValidatedOptions<DeadLetterOptions>(DeadLetterOptions.Section);
        builder.Services.AddScoped<DeadLetterAlerts>();
        builder.Services.AddSingleton<DeadLetterMaintenance>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeadLetterMaintenance>());
        builder.Services.AddSingleton<ErrorQueueDrainer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ErrorQueueDrainer>());
        builder.Services.AddSingleton<DeadLetterWriter>();
        builder.Services.AddSingleton<DeadLetterStoreFilter>();
        builder.Services.AddSingleton<SkippedMessageFilter>();
        builder.Services.AddScoped<DeadLetterReplays>();
        builder.Services.AddSingleton<DeadLetterErasure>();
    }
}

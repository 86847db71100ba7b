using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Messaging;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// The DeadLetters platform module: the store of messages that failed for good, were skipped or quarantined
/// (<see cref="IDeadLetterStore"/>), its API (inspect, replay, delete), the error-queue drainer, alerts and retention.
/// </summary>
public static class DeadLettersModule
{
    public static IHostApplicationBuilder AddDeadLettersModule(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<DeadLetterDbContext>();
        builder.AddValidatedOptions<DeadLetterOptions>(DeadLetterOptions.Section);
        builder.Services.AddScoped<DeadLetterAlerts>();
        builder.Services.AddSingleton<DeadLetterMaintenance>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeadLetterMaintenance>());
        builder.Services.AddSingleton<ErrorQueueDrainer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ErrorQueueDrainer>());
        builder.Services.AddSingleton<DeadLetterWriter>();
        builder.Services.AddSingleton<IDeadLetterStore>(sp => sp.GetRequiredService<DeadLetterWriter>());
        builder.Services.AddSingleton<IOperationsAlertOutbox, DeadLetterAlertOutbox>();
        builder.Services.AddScoped<DeadLetterReplays>();
        builder.Services.AddSingleton<DeadLetterErasure>();
        builder.Services.AddSingleton<IDeadLetterErasure>(sp => sp.GetRequiredService<DeadLetterErasure>());
        builder.AddModuleMessaging(bus => bus.AddReceiveEndpointObserver(sp => sp.GetRequiredService<ErrorQueueDrainer>()));
        builder.AddBusConfiguration((bus, context) => bus.UseConsumeFilter(typeof(ReplaySucceededFilter<>), context));
        return builder;
    }

    /// <summary>The dead-letter store's API.</summary>
    public static RouteGroupBuilder MapDeadLetterEndpoints(this RouteGroupBuilder api)
    {
        api.MapDeadLetters();
        return api;
    }
}

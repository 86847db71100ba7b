using ComplianceHub.Shared.Messaging.Metrics;
using MassTransit.Middleware;

namespace ComplianceHub.Shared.Messaging.Outbox;

public static class OutboxRegistration
{
    /// <summary>What every module's outbox shares: its options and the signal that wakes the dispatchers.</summary>
    public static void AddOutboxes(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<OutboxOptions>(OutboxOptions.Section);
        builder.Services.AddSingleton<OutboxSignals>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
    }

    /// <summary>
    /// Registers a module's DbContext on the configured provider with its outbox and inbox: the dispatcher that
    /// delivers what the module's transactions stored, their housekeeping and metrics. Before <c>AddMessaging</c>,
    /// which gives the module's consumers this context.
    /// </summary>
    public static void AddModuleDbContext<TContext>(this IHostApplicationBuilder builder)
        where TContext : ModuleDbContext
    {
        builder.BusCatalog().ThrowIfSealed(typeof(TContext).Assembly.GetName().Name ?? "A module", $"the context {typeof(TContext).Name}");
        builder.AddPooledModuleDbContext<TContext>(services => [services.GetRequiredService<OutboxSignalInterceptor>()]);
        builder.Services.AddScoped<IOutboxContextFactory<TContext>, ModuleOutboxContextFactory<TContext>>();
        builder.Services.AddScoped<IModuleOutbox<TContext>, ModuleOutbox<TContext>>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHostedService<MessagingHousekeeping<TContext>>();
        builder.Services.AddHostedService<OutboxMetricsSampler<TContext>>();
    }
}

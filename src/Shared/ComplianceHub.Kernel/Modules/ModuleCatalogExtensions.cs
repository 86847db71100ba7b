using MassTransit;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Modules;

public static class ModuleCatalogExtensions
{
    public static ModuleCatalog ModuleCatalog(this IHostApplicationBuilder builder) =>
        builder.Properties.TryGetValue(typeof(ModuleCatalog), out var catalog)
            ? (ModuleCatalog)catalog
            : throw new InvalidOperationException(
                "Create the builder with ComplianceHubHost.CreateBuilder before adding modules.");

    /// <summary>Adds a module's consumers, sagas and their definitions to the bus.</summary>
    public static void AddModuleMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> configure) =>
        builder.ModuleCatalog().BusRegistrations.Add(configure);
}

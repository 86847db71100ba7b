using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Modules;

public static class ModuleCatalogExtensions
{
    public static ModuleCatalog ModuleCatalog(this IHostApplicationBuilder builder) =>
        builder.Properties.TryGetValue(typeof(ModuleCatalog), out var catalog)
            ? (ModuleCatalog)catalog
            : throw new InvalidOperationException(
                "Create the builder with ComplianceHubHost.CreateBuilder before adding modules.");
}

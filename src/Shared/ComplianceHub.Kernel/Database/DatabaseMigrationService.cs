using ComplianceHub.Shared.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Database;

/// <summary>
/// Upgrades every module's schema before anything else starts, when <see cref="DatabaseOptions.ShouldMigrateOnStartup"/>
/// says so (the embedded default). Registered before the bus, so no consumer runs against an old schema.
/// </summary>
internal sealed class DatabaseMigrationService(
    IServiceProvider services, DatabaseOptions options, ILogger<DatabaseMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.ShouldMigrateOnStartup)
        {
            await DatabaseMigrator.MigrateAsync(services, logger, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using ComplianceHub.Shared.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Database;

public static class DatabaseMigrator
{
    /// <summary>
    /// Applies every module's pending migrations. EF Core takes a database lock while migrating, so two hosts
    /// starting together do not both apply the same migration.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<ModuleCatalog>();
        foreach (var contextType in catalog.DbContextTypes)
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            if (context.Database.IsSqlite())
            {
                // Write-ahead logging lets readers proceed while a module writes (persisted in the file).
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            logger.LogInformation("Schema {Schema}: {Count} migration(s) applied", ModuleSchemaAttribute.Of(contextType), pending.Count);
        }

        foreach (var contextType in catalog.TableOnlyDbContextTypes)
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Tables of {Context}: {Count} migration(s) applied", contextType.Name, pending.Count);
        }
    }
}

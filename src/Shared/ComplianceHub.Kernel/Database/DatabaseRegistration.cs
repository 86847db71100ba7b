using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Database;

public static class DatabaseRegistration
{
    public static DatabaseOptions AddDatabase(this IHostApplicationBuilder builder, StorageOptions storage)
    {
        var options = builder.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.Section, o =>
            o.ConnectionString = builder.Configuration.GetConnectionString("ComplianceHub") is { Length: > 0 } cs
                ? cs
                : o.Provider == DatabaseProvider.Sqlite
                    ? $"Data Source={Path.Combine(storage.DataDirectoryFullPath, "compliancehub.db")}"
                    : "");
        builder.Services.AddHostedService<DatabaseMigrationService>();
        return options;
    }

    /// <summary>
    /// Registers a module's DbContext on the configured provider, pooled, with its health check; the migrator applies
    /// its migrations at start. <paramref name="interceptors"/> are added to every instance (the messaging backbone's
    /// outbox signal). Modules call the backbone's <c>AddModuleDbContext</c>, which adds the context's outbox too.
    /// </summary>
    public static void AddPooledModuleDbContext<TContext>(
        this IHostApplicationBuilder builder, Func<IServiceProvider, IEnumerable<IInterceptor>>? interceptors = null)
        where TContext : DbContext
    {
        var database = builder.ModuleCatalog().Database;
        // Pooled: a message or request takes a ready context instead of building one (the hot path of the outbox).
        builder.Services.AddDbContextPool<TContext>((services, o) => o
            .UseModuleDatabase(database, SchemaOf<TContext>())
            .AddInterceptors(interceptors?.Invoke(services) ?? []));
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(
            $"database-{SchemaOf<TContext>()}", tags: [HealthTags.Ready]);
        builder.ModuleCatalog().DbContextTypes.Add(typeof(TContext));
    }

    /// <summary>
    /// Registers a context that only creates a library's tables in a module's schema (ADR 0015: Quartz's job store),
    /// with its own migration history table so it never mixes with the module's migrations.
    /// </summary>
    public static void AddTableOnlyDbContext<TContext>(this IHostApplicationBuilder builder, string schema, string historyTable)
        where TContext : DbContext
    {
        var database = builder.ModuleCatalog().Database;
        builder.Services.AddDbContext<TContext>(o => o.UseModuleDatabase(database, schema, historyTable));
        builder.ModuleCatalog().TableOnlyDbContextTypes.Add(typeof(TContext));
    }

    /// <summary>
    /// Configures the provider, the module's migration history table and the provider's migrations assembly
    /// (ADR 0004: src/Migrations/{Provider}, every context's migrations in a folder per module).
    /// </summary>
    public static DbContextOptionsBuilder UseModuleDatabase(
        this DbContextOptionsBuilder options, DatabaseOptions database, string schema, string history = "__ef_migrations")
    {
        var migrations = MigrationsAssemblyOf(database.Provider);
        return database.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(
                PrepareSqlite(database.ConnectionString), o => o.MigrationsHistoryTable($"{history}_{schema}").MigrationsAssembly(migrations)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(
                database.ConnectionString, o => o.MigrationsHistoryTable(history, schema).MigrationsAssembly(migrations)),
            DatabaseProvider.SqlServer => options.UseSqlServer(
                database.ConnectionString, o => o.MigrationsHistoryTable(history, schema).MigrationsAssembly(migrations)),
            _ => throw new NotSupportedException($"Database provider {database.Provider} is not supported."),
        };
    }

    /// <summary>The assembly that holds a provider's migrations: <c>ComplianceHub.Migrations.{Provider}</c>.</summary>
    public static string MigrationsAssemblyOf(DatabaseProvider provider) => $"ComplianceHub.Migrations.{provider}";

    /// <summary>A module's schema name is fixed by its context type; reading it needs no database.</summary>
    public static string SchemaOf<TContext>()
        where TContext : DbContext =>
        ModuleSchemaAttribute.Of(typeof(TContext));

    private static string PrepareSqlite(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        return connectionString;
    }
}

using ComplianceHub.Breaches.Data;
using ComplianceHub.DataSubjectRequests.Data;
using ComplianceHub.Notifications.Data;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Reporting.Schedules.Quartz;
using ComplianceHub.Security.Data;
using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.DeadLetters.Data;
using ComplianceHub.Shared.Http.Idempotency.Data;
using ComplianceHub.Shared.Identity.Data;
using ComplianceHub.Testing;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.IntegrationTests.Migrations;

/// <summary>
/// ADR 0004: the migrations moved from the modules into one assembly per provider without changing an id or a
/// history table. <c>migration-ids.txt</c> lists every context's ids and history table as the build before the
/// move had them; a database migrated by that build must see every migration applied and none pending.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class MigrationHistoryTests(ServersFixture servers)
{
    /// <summary>Every context that has migrations, module contexts before Quartz's tables (as DatabaseMigrator runs them).</summary>
    private static readonly Type[] Contexts =
    [
        typeof(BreachesDbContext), typeof(DataSubjectRequestsDbContext), typeof(NotificationsDbContext),
        typeof(ReportingDbContext), typeof(SecurityDbContext), typeof(AuditDbContext), typeof(DeadLetterDbContext),
        typeof(IdempotencyDbContext), typeof(IdentityDbContext), typeof(QuartzTablesDbContext),
    ];

    private static readonly IReadOnlyList<Recorded> Ids =
    [
        .. File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "ComplianceHub.IntegrationTests", "Migrations", "migration-ids.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .Select(f => new Recorded(Enum.Parse<DatabaseProvider>(f[0]), f[1], f[2], f[3])),
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_migrations_assembly_holds_exactly_the_recorded_ids(DatabaseProvider provider)
    {
        Assert.Equal(Ids.Where(i => i.Provider == provider).Select(i => i.Context).Distinct().Order(), Contexts.Select(c => c.Name).Order());
        foreach (var type in Contexts)
        {
            using var context = Create(type, provider, ConnectionStringFor(provider));
            Assert.Equal(RecordedIds(provider, type), context.Database.GetMigrations());
        }
    }

    [Fact]
    public async Task A_SQLite_database_migrated_before_the_move_has_no_pending_migration() =>
        await HasNoPendingMigrationAsync(DatabaseProvider.Sqlite, SqliteFile());

    [Fact]
    public async Task A_PostgreSql_database_migrated_before_the_move_has_no_pending_migration() =>
        await HasNoPendingMigrationAsync(DatabaseProvider.PostgreSql, await FreshPostgresAsync());

    [Fact]
    public async Task A_fresh_SQLite_database_records_the_same_ids_in_the_same_history_tables() =>
        await RecordsTheSameHistoryAsync(DatabaseProvider.Sqlite, SqliteFile());

    [Fact]
    public async Task A_fresh_PostgreSql_database_records_the_same_ids_in_the_same_history_tables() =>
        await RecordsTheSameHistoryAsync(DatabaseProvider.PostgreSql, await FreshPostgresAsync());

    /// <summary>Writes the history tables as the earlier build left them, then asks EF Core what is pending.</summary>
    private static async Task HasNoPendingMigrationAsync(DatabaseProvider provider, string connectionString)
    {
        foreach (var type in Contexts)
        {
            await using var context = Create(type, provider, connectionString);
            var table = HistoryTable(provider, type);
            foreach (var sql in HistorySql(provider, table, RecordedIds(provider, type)))
            {
                await context.Database.ExecuteSqlRawAsync(sql);
            }

            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            Assert.Equal(RecordedIds(provider, type), await context.Database.GetAppliedMigrationsAsync());
        }
    }

    /// <summary>Migrates a fresh database and reads each recorded history table directly.</summary>
    private static async Task RecordsTheSameHistoryAsync(DatabaseProvider provider, string connectionString)
    {
        foreach (var type in Contexts)
        {
            await using var context = Create(type, provider, connectionString);
            await context.Database.MigrateAsync();
            var query = "SELECT \"MigrationId\" AS \"Value\" FROM " + Quoted(HistoryTable(provider, type)) + " ORDER BY \"MigrationId\"";

            Assert.Equal(RecordedIds(provider, type), await context.Database.SqlQueryRaw<string>(query).ToListAsync());
        }
    }

    private static IEnumerable<string> HistorySql(DatabaseProvider provider, string table, IEnumerable<string> ids)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            yield return "CREATE SCHEMA IF NOT EXISTS \"" + table.Split('.')[0] + "\"";
        }

        yield return "CREATE TABLE " + Quoted(table) + " (\"MigrationId\" varchar(150) NOT NULL PRIMARY KEY, \"ProductVersion\" varchar(32) NOT NULL)";
        foreach (var id in ids)
        {
            yield return "INSERT INTO " + Quoted(table) + " (\"MigrationId\", \"ProductVersion\") VALUES ('" + id + "', '10.0.15')";
        }
    }

    private static string Quoted(string table) => string.Join('.', table.Split('.').Select(part => $"\"{part}\""));

    private static List<string> RecordedIds(DatabaseProvider provider, Type context) =>
        [.. Ids.Where(i => i.Provider == provider && i.Context == context.Name).Select(i => i.Id).Order(StringComparer.Ordinal)];

    private static string HistoryTable(DatabaseProvider provider, Type context) =>
        Ids.Where(i => i.Provider == provider && i.Context == context.Name).Select(i => i.HistoryTable).Distinct().Single();

    private static DbContext Create(Type type, DatabaseProvider provider, string connectionString)
    {
        var database = new DatabaseOptions { Provider = provider, ConnectionString = connectionString };
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        if (type == typeof(QuartzTablesDbContext))
        {
            builder.UseModuleDatabase(database, QuartzTablesDbContext.Schema, QuartzTablesDbContext.HistoryTable);
        }
        else
        {
            builder.UseModuleDatabase(database, ModuleSchemaAttribute.Of(type));
        }

        return (DbContext)Activator.CreateInstance(type, builder.Options)!;
    }

    private static string ConnectionStringFor(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.PostgreSql => "Host=127.0.0.1;Database=design",
        _ => "Server=127.0.0.1;Database=design;TrustServerCertificate=True",
    };

    private static string SqliteFile()
    {
        var directory = Directory.CreateTempSubdirectory("chub-migrations-");
        return $"Data Source={Path.Combine(directory.FullName, "compliancehub.db")};Pooling=false";
    }

    private async Task<string> FreshPostgresAsync() =>
        await servers.Postgres.CreateDatabaseAsync("m" + Guid.NewGuid().ToString("N")[..12]);

    private sealed record Recorded(DatabaseProvider Provider, string Context, string HistoryTable, string Id);
}

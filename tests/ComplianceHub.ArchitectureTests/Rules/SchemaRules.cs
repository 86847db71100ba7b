namespace ComplianceHub.ArchitectureTests.Rules;

/// <summary>
/// STYLE.md: one DbContext and schema per module, no table name shared across modules (SQLite has no schemas),
/// and for every provider a migration set that matches the model (ADR 0004).
/// </summary>
internal static class SchemaRules
{
    public static IEnumerable<Type> Contexts(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(ModuleDbContext)));

    public static IEnumerable<string> Named(IEnumerable<Type> contexts)
    {
        var named = contexts.Where(c => c.GetCustomAttribute<ModuleSchemaAttribute>() is not null).ToList();
        foreach (var context in contexts.Except(named))
        {
            yield return $"{context.Name} declares no [ModuleSchema]";
        }

        foreach (var clash in named.GroupBy(c => ModuleSchemaAttribute.Of(c)).Where(g => g.Count() > 1))
        {
            yield return $"schema {clash.Key} is claimed by {string.Join(", ", clash.Select(c => c.Name))}";
        }
    }

    public static IEnumerable<string> UniqueTables(IEnumerable<Type> contexts)
    {
        var tables = new List<(string Table, string Context)>();
        foreach (var type in contexts.Where(c => c.GetCustomAttribute<ModuleSchemaAttribute>() is not null))
        {
            using var context = Create(type, DatabaseProvider.Sqlite);
            tables.AddRange(context.Model.GetEntityTypes().Select(e => (e.GetTableName()!, type.Name)));
        }

        return tables.GroupBy(t => t.Table, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"table {g.Key} is mapped by {string.Join(", ", g.Select(t => t.Context))}");
    }

    public static IEnumerable<string> MigrationsMatchModel(Type type, DatabaseProvider provider)
    {
        using var context = Create(type, provider);
        if (!context.Model.GetEntityTypes().Any())
        {
            yield break;
        }

        if (!context.Database.GetMigrations().Any())
        {
            yield return $"{type.Name} has no {provider} migrations (scripts/add-migration.sh)";
        }
        else if (context.Database.HasPendingModelChanges())
        {
            yield return $"{type.Name} has model changes without a {provider} migration (scripts/add-migration.sh)";
        }
    }

    /// <summary>The provider's full migration script, generated without a server (how SQL Server is checked here).</summary>
    public static string Script(Type type, DatabaseProvider provider)
    {
        using var context = Create(type, provider);
        return context.GetService<IMigrator>().GenerateScript();
    }

    public static ModuleDbContext Create(Type type, DatabaseProvider provider)
    {
        var database = new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider switch
            {
                DatabaseProvider.Sqlite => "Data Source=:memory:",
                DatabaseProvider.PostgreSql => "Host=127.0.0.1;Database=design",
                _ => "Server=127.0.0.1;Database=design;TrustServerCertificate=True",
            },
        };
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        builder.UseModuleDatabase(database, ModuleSchemaAttribute.Of(type));
        return (ModuleDbContext)Activator.CreateInstance(type, builder.Options)!;
    }
}

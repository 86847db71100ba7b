using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplianceHub.Shared.Database;

/// <summary>
/// One DbContext, one migration set per provider (ADR 0004): a module keeps its migrations in
/// <c>Data/Migrations/{Provider}</c>, and this assembly view shows EF Core only the set of the active provider,
/// at run time and for <c>dotnet ef migrations add</c> alike.
/// </summary>
internal sealed class ProviderMigrationsAssembly : IMigrationsAssembly
{
    private readonly Type _contextType;
    private readonly string _namespaceSuffix;
    private readonly Lazy<IReadOnlyDictionary<string, TypeInfo>> _migrations;
    private readonly Lazy<ModelSnapshot?> _modelSnapshot;

    public ProviderMigrationsAssembly(ICurrentDbContext currentContext, IDatabaseProvider databaseProvider)
    {
        _contextType = currentContext.Context.GetType();
        Assembly = _contextType.Assembly;
        _namespaceSuffix = ".Migrations." + ProviderNames.FromEfProvider(databaseProvider.Name);
        _migrations = new(FindMigrations);
        _modelSnapshot = new(FindSnapshot);
    }

    public Assembly Assembly { get; }

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations.Value;

    public ModelSnapshot? ModelSnapshot => _modelSnapshot.Value;

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase))
        ?? Migrations.Keys.FirstOrDefault(id =>
            string.Equals(id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private bool BelongsHere(TypeInfo type) =>
        type.Namespace?.EndsWith(_namespaceSuffix, StringComparison.Ordinal) == true
        && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType;

    private SortedList<string, TypeInfo> FindMigrations()
    {
        var found = new SortedList<string, TypeInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in Assembly.DefinedTypes.Where(t => t.IsSubclassOf(typeof(Migration)) && BelongsHere(t)))
        {
            var id = type.GetCustomAttribute<MigrationAttribute>()?.Id;
            if (id is not null)
            {
                found.Add(id, type);
            }
        }

        return found;
    }

    private ModelSnapshot? FindSnapshot()
    {
        var type = Assembly.DefinedTypes.FirstOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && BelongsHere(t));
        return type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
    }
}

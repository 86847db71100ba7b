using ComplianceHub.Shared.Database;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Modules;

/// <summary>
/// What the modules contributed while the host was being built: their DbContexts, migrated together at start.
/// Modules add to it through <c>Add&lt;Module&gt;Module()</c>; their consumers go to the messaging backbone's
/// <c>BusCatalog</c>.
/// </summary>
public sealed class ModuleCatalog(DatabaseOptions database)
{
    public DatabaseOptions Database { get; } = database;

    public List<Type> DbContextTypes { get; } = [];

    /// <summary>
    /// Contexts that only own tables for a library (e.g. Quartz's job store): migrated with the modules, but with no
    /// outbox, no consumers and no personal data.
    /// </summary>
    public List<Type> TableOnlyDbContextTypes { get; } = [];
}

using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Database;

/// <summary>Bound from <c>Database</c>; the connection string comes from <c>ConnectionStrings:ComplianceHub</c>.</summary>
public sealed class DatabaseOptions : IValidatedOptions
{
    public const string Section = "Database";
    public const string ConnectionStringKey = "ConnectionStrings:ComplianceHub";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations when the host starts. Unset means: on for SQLite (the embedded default
    /// upgrades itself), off for PostgreSQL and SQL Server (run <c>migrate</c> explicitly, ADR 0004).
    /// </summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Resolved by <see cref="DatabaseRegistration"/>; never bound from the Database section.</summary>
    public string ConnectionString { get; set; } = "";

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Defined($"{section}:Provider", Provider),
            ConfigurationChecks.Required(ConnectionStringKey, ConnectionString),
        ];
        return errors.OfType<string>();
    }
}

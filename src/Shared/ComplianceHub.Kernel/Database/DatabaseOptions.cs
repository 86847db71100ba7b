using System.Net;
using ComplianceHub.Shared.Configuration;
using Npgsql;

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

    /// <summary>
    /// Allows PostgreSQL without a verified TLS connection (<c>SSL Mode</c> other than <c>VerifyCA</c> / <c>VerifyFull</c>)
    /// to a server that is not on loopback. Off: the host refuses to start with such a connection string (Art. 32:
    /// personal data and the password would cross the network in clear, or to whoever answers in the server's place).
    /// </summary>
    public bool AllowInsecure { get; set; }

    /// <summary>Resolved by <see cref="DatabaseRegistration"/>; never bound from the Database section.</summary>
    public string ConnectionString { get; set; } = "";

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Defined($"{section}:Provider", Provider),
            ConfigurationChecks.Required(ConnectionStringKey, ConnectionString),
            Provider == DatabaseProvider.PostgreSql && !AllowInsecure ? PostgreSqlTransportError(section) : null,
        ];
        return errors.OfType<string>();
    }

    private string? PostgreSqlTransportError(string section)
    {
        NpgsqlConnectionStringBuilder connection;
        try
        {
            connection = new NpgsqlConnectionStringBuilder(ConnectionString);
        }
        catch (ArgumentException ex)
        {
            return $"{ConnectionStringKey} cannot be read as a PostgreSQL connection string: {ex.Message}";
        }

        // A host list names every server the client may end up on; a socket path ('/…') never leaves the machine.
        var remote = (connection.Host ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => IPAddress.TryParse(h, out _) || !h.Contains(':') ? h : h.StartsWith('[') ? h[..(h.IndexOf(']') + 1)] : h.Split(':')[0])
            .Where(h => !h.StartsWith('/') && !LoopbackHost.Is(h))
            .ToList();
        return remote.Count > 0 && connection.SslMode is not (SslMode.VerifyCA or SslMode.VerifyFull)
            ? $"{ConnectionStringKey}: SSL Mode must be VerifyFull (or VerifyCA) for a PostgreSQL server that is not on loopback ('{remote[0]}'; was {connection.SslMode}: Prefer and Allow fall back to plain text, Require checks no certificate); set {section}:AllowInsecure=true only for a local test setup."
            : null;
    }
}

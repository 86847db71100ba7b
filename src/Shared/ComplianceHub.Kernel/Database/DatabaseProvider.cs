namespace ComplianceHub.Shared.Database;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file under the data directory.</summary>
    Sqlite = 1,
    PostgreSql = 2,
    SqlServer = 3,
}

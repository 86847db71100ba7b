using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Shared.Database;

/// <summary>
/// Base of every module's DbContext: one schema per module (SQLite has none, so module table names are
/// unique by themselves), and every instant stored in UTC.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    public string Schema => ModuleSchemaAttribute.Of(GetType());

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var isSqlite = Database.IsSqlite();
        if (!isSqlite)
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.AddMessagingTables(Schema, isSqlite, Quote);
        base.OnModelCreating(modelBuilder);
    }

    /// <summary>A column name quoted for the provider, for the SQL of index filters.</summary>
    protected string Quote(string column) => Database.IsSqlServer() ? $"[{column}]" : $"\"{column}\"";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text; UTC ticks keep ordering and range queries exact.
        // PostgreSQL's timestamptz accepts only offset 0; all providers store UTC and callers display local time.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        }
    }
}

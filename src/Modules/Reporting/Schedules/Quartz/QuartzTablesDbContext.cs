namespace ComplianceHub.Reporting.Schedules.Quartz;

/// <summary>
/// Creates Quartz's job-store tables through our migrations (ADR 0015): in the reporting schema on PostgreSQL and SQL
/// Server, plain <c>QRTZ_</c> tables on SQLite. Nothing reads through it; the job store uses its own ADO commands.
/// PostgreSQL folds Quartz's unquoted upper-case names to lower case, so the tables and columns are lower case there.
/// </summary>
public sealed class QuartzTablesDbContext(DbContextOptions<QuartzTablesDbContext> options) : DbContext(options)
{
    public const string HistoryTable = "__ef_migrations_quartz";

    public static string Schema => DatabaseRegistration.SchemaOf<ReportingDbContext>();

    /// <summary>The <c>quartz.jobStore.tablePrefix</c> the job store must use for these tables.</summary>
    public static string TablePrefixFor(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => $"{Schema}.qrtz_",
        DatabaseProvider.SqlServer => $"{Schema}.QRTZ_",
        _ => "QRTZ_",
    };

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var lower = Database.IsNpgsql();
        if (!Database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        string Name(string name) => lower ? name.ToLowerInvariant() : name;
        string Table(string name) => Name("QRTZ_" + name);
        string[] Columns(string[] names) => [.. names.Select(Name)];

        foreach (var table in QuartzSchema.Tables)
        {
            modelBuilder.SharedTypeEntity<Dictionary<string, object>>(Table(table.Name), b =>
            {
                b.ToTable(Table(table.Name));
                foreach (var column in table.Columns)
                {
                    var clrType = column.Nullable && column.Type.IsValueType ? typeof(Nullable<>).MakeGenericType(column.Type) : column.Type;
                    var property = b.IndexerProperty(clrType, Name(column.Name)).HasColumnName(Name(column.Name)).IsRequired(!column.Nullable);
                    if (column.Length is { } length)
                    {
                        property.HasMaxLength(length);
                    }

                    if (column.Type == typeof(decimal))
                    {
                        property.HasPrecision(13, 4);
                    }

                    if (column.Default is { } value)
                    {
                        property.HasDefaultValue(value);
                    }
                }

                b.HasKey(Columns(table.Key)).HasName(Name($"PK_QRTZ_{table.Name}"));
                if (table.Parent is { } parent)
                {
                    b.HasOne(Table(parent.Table)).WithMany().HasForeignKey(Columns(parent.Columns))
                        .OnDelete(parent.Cascade ? DeleteBehavior.Cascade : DeleteBehavior.Restrict)
                        .HasConstraintName(Name($"FK_QRTZ_{table.Name}_{parent.Table}"));
                }

                for (var i = 0; i < table.Indexes.Count; i++)
                {
                    b.HasIndex(Columns(table.Indexes[i])).HasDatabaseName(Name($"IX_QRTZ_{table.Name}_{i + 1}"));
                }
            });
        }
    }
}

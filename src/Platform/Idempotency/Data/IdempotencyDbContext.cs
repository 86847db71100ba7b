namespace ComplianceHub.Shared.Http.Idempotency.Data;

/// <summary>
/// Stored answers of idempotent POSTs, in a schema of their own. Written through a second context on a module's
/// connection, inside the module's transaction: all modules share one database (one SQLite file), so it is reachable.
/// </summary>
[ModuleSchema("idempotency")]
public sealed class IdempotencyDbContext(DbContextOptions<IdempotencyDbContext> options) : ModuleDbContext(options)
{
    public DbSet<IdempotencyRecord> Records => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency_records");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).ValueGeneratedNever();
            e.Property(r => r.KeyHash).HasMaxLength(64);
            e.HasIndex(r => r.KeyHash).IsUnique();
            e.Property(r => r.Fingerprint).HasMaxLength(64);
            e.Property(r => r.Location).HasMaxLength(2000);
            e.Property(r => r.ContentType).HasMaxLength(200);
            e.HasIndex(r => r.CreatedAt);
        });
    }
}

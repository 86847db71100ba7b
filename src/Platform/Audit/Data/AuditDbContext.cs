using ComplianceHub.Shared.Database;

namespace ComplianceHub.Shared.Audit.Data;

/// <summary>The audit trail: an append-only hash chain in a schema of its own.</summary>
[ModuleSchema("audit")]
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : ModuleDbContext(options)
{
    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    public DbSet<AuditChainHead> Head => Set<AuditChainHead>();

    public DbSet<KeyUsage> KeyUsage => Set<KeyUsage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasKey(a => a.Sequence);
            e.Property(a => a.Sequence).ValueGeneratedNever();
            e.HasIndex(a => a.Id).IsUnique();
            e.Property(a => a.Type).HasMaxLength(100);
            e.Property(a => a.Actor).HasMaxLength(200);
            e.Property(a => a.Subject).HasMaxLength(300);
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.Property(a => a.KeyId).HasMaxLength(64);
            e.Property(a => a.Signature).HasMaxLength(64);
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.Type, a.At });
            e.HasIndex(a => new { a.Actor, a.At });
            e.HasIndex(a => new { a.Subject, a.At });
            e.HasIndex(a => new { a.OrganizationId, a.Sequence });
        });
        modelBuilder.Entity<AuditChainHead>(e =>
        {
            e.ToTable("audit_chain_head");
            e.HasKey(h => h.Id);
            e.Property(h => h.Id).ValueGeneratedNever();
            e.Property(h => h.Hash).HasMaxLength(64);
            e.Property(h => h.AnchorHash).HasMaxLength(64).HasDefaultValue(AuditChain.Genesis);
            e.Property(h => h.KeyId).HasMaxLength(64).HasDefaultValue("");
            e.Property(h => h.Signature).HasMaxLength(64).HasDefaultValue("");
            e.HasData(new AuditChainHead { Id = AuditChainHead.SingletonId, Sequence = 0, Hash = AuditChain.Genesis, AnchorSequence = 0, AnchorHash = AuditChain.Genesis });
        });
        modelBuilder.Entity<KeyUsage>(e =>
        {
            e.ToTable("key_usage");
            e.HasKey(k => k.KeyId);
            e.Property(k => k.KeyId).HasMaxLength(64);
        });
    }
}

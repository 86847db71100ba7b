using ComplianceHub.Shared.Database;

namespace ComplianceHub.Shared.DeadLetters.Data;

/// <summary>The dead-letter store: messages every module failed to process, in a schema of its own.</summary>
[ModuleSchema("dead_letters")]
public sealed class DeadLetterDbContext(DbContextOptions<DeadLetterDbContext> options) : ModuleDbContext(options)
{
    public DbSet<DeadLetter> DeadLetters => Set<DeadLetter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<DeadLetter>(e =>
        {
            e.ToTable("dead_letters");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).ValueGeneratedNever();
            e.Property(d => d.MessageType).HasMaxLength(500);
            e.Property(d => d.SourceQueue).HasMaxLength(256);
            e.Property(d => d.Reason).HasMaxLength(300);
            e.Property(d => d.ExceptionType).HasMaxLength(500);
            e.HasIndex(d => d.FirstFailedAt);
            e.HasIndex(d => new { d.Impact, d.FirstFailedAt });
            e.HasIndex(d => d.MessageType);
            e.HasIndex(d => d.SourceQueue);
            e.HasIndex(d => d.ArchivedAt);
        });
        modelBuilder.Entity<DeadLetterAlertState>(e =>
        {
            e.ToTable("dead_letter_alerts");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).ValueGeneratedNever();
        });
    }
}

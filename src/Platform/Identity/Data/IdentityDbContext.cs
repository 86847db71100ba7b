using ComplianceHub.Shared.Identity.Organizations;

namespace ComplianceHub.Shared.Identity.Data;

/// <summary>Organisations and their API keys, in a schema of their own.</summary>
[ModuleSchema("identity")]
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Organization>(e =>
        {
            e.ToTable("organizations");
            e.HasKey(o => o.Id);
            e.Property(o => o.Id).ValueGeneratedNever();
            e.Property(o => o.Name).HasMaxLength(Limits.Name);
            e.Property(o => o.HomeCountry).HasMaxLength(2).IsFixedLength();
        });
        modelBuilder.Entity<ApiKey>(e =>
        {
            e.ToTable("api_keys");
            e.HasKey(k => k.Id);
            e.Property(k => k.Id).ValueGeneratedNever();
            e.Property(k => k.Name).HasMaxLength(Limits.Name);
            e.Property(k => k.Prefix).HasMaxLength(16);
            e.Property(k => k.CreatedBy).HasMaxLength(200);
            e.Property(k => k.RevokedBy).HasMaxLength(200);
            e.Property(k => k.KeyHash).HasMaxLength(32);
            e.HasIndex(k => k.KeyHash).IsUnique();
            e.HasIndex(k => k.OrganizationId);
            e.HasOne<Organization>().WithMany().HasForeignKey(k => k.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.PrimitiveCollection(k => k.Roles);
        });
    }

    public static class Limits
    {
        public const int Name = 200;
    }
}

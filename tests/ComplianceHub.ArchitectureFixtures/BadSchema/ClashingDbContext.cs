using ComplianceHub.Shared.Database;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.ArchitectureFixtures.BadSchema;

/// <summary>
/// Violates the schema rules: it claims the Notifications schema, maps a table named like Notifications' own,
/// and has no migrations for any provider.
/// </summary>
[ModuleSchema("notifications")]
public sealed class ClashingDbContext(DbContextOptions<ClashingDbContext> options) : ModuleDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ClashingRow>().ToTable("alerts").HasKey(r => r.Id);
    }
}

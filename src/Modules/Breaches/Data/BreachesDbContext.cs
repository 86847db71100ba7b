using ComplianceHub.Breaches.Domain;
using ComplianceHub.Shared.Database;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Breaches.Data;

[ModuleSchema("breaches")]
public sealed class BreachesDbContext(DbContextOptions<BreachesDbContext> options) : ModuleDbContext(options)
{
    internal DbSet<Breach> Breaches => Set<Breach>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new BreachConfiguration());
    }
}

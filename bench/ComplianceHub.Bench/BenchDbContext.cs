using ComplianceHub.Shared.Database;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Bench;

[ModuleSchema("bench")]
public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : ModuleDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<BenchEffect>(e =>
        {
            e.ToTable("bench_effects");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
        });
    }
}

using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Messaging.Sagas;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Testing.Ledger;

/// <summary>A tiny module for testing the messaging backbone: every consumed message appends a row (not idempotent by itself).</summary>
[ModuleSchema("ledger")]
public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : ModuleDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<LedgerEntry>(e =>
        {
            e.ToTable("ledger_entries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        modelBuilder.MapSagaState<LedgerRound>("ledger_rounds");
    }
}

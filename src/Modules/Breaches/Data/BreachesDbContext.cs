using ComplianceHub.Breaches.Domain;
using ComplianceHub.Breaches.Workflow;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Messaging.Sagas;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Breaches.Data;

[ModuleSchema("breaches")]
public sealed class BreachesDbContext(DbContextOptions<BreachesDbContext> options) : ModuleDbContext(options)
{
    internal DbSet<Breach> Breaches => Set<Breach>();

    internal DbSet<AuthorityNotificationRecord> AuthorityNotifications => Set<AuthorityNotificationRecord>();

    internal DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    internal DbSet<BreachWorkflow> Workflows => Set<BreachWorkflow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new BreachConfiguration());
        modelBuilder.ApplyConfiguration(new AuthorityNotificationConfiguration());
        modelBuilder.ApplyConfiguration(new TimelineEntryConfiguration());
        modelBuilder.MapSagaState<BreachWorkflow>("breach_workflows");
        modelBuilder.ApplyConfiguration(new BreachWorkflowConfiguration());
    }
}

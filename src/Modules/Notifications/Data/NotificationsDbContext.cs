using ComplianceHub.Notifications.Delivery;
using ComplianceHub.Notifications.Directory;
using ComplianceHub.Notifications.Domain;
using ComplianceHub.Notifications.ReportDistribution;
using ComplianceHub.Notifications.Transfers;
using ComplianceHub.Shared.Database;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Notifications.Data;

[ModuleSchema("notifications")]
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : ModuleDbContext(options)
{
    internal DbSet<Alert> Alerts => Set<Alert>();

    internal DbSet<Dpo> Dpos => Set<Dpo>();

    internal DbSet<EscalationPolicy> EscalationPolicies => Set<EscalationPolicy>();

    internal DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();

    internal DbSet<EscalationStep> EscalationSteps => Set<EscalationStep>();

    internal DbSet<ReportDeliveryAttempt> ReportDeliveryAttempts => Set<ReportDeliveryAttempt>();

    internal DbSet<TransferSafeguard> TransferSafeguards => Set<TransferSafeguard>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Every IEntityTypeConfiguration of the module: a feature adds its tables without touching this file.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
    }
}

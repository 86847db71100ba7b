using ComplianceHub.DataSubjectRequests.Domain;
using ComplianceHub.DataSubjectRequests.Workflow;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Messaging.Sagas;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.DataSubjectRequests.Data;

/// <summary>The module's schema: requests, their pauses, tasks and timeline, fulfilment systems, subject keys, the workflow.</summary>
[ModuleSchema("data_subject_requests")]
public sealed class DataSubjectRequestsDbContext(DbContextOptions<DataSubjectRequestsDbContext> options) : ModuleDbContext(options)
{
    internal DbSet<DataSubjectRequest> Requests => Set<DataSubjectRequest>();

    internal DbSet<ClockPause> Pauses => Set<ClockPause>();

    internal DbSet<FulfilmentTask> Tasks => Set<FulfilmentTask>();

    internal DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    internal DbSet<FulfilmentSystem> Systems => Set<FulfilmentSystem>();

    internal DbSet<SubjectKey> SubjectKeys => Set<SubjectKey>();

    internal DbSet<DataSubjectRequestWorkflow> Workflows => Set<DataSubjectRequestWorkflow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new RequestConfiguration());
        modelBuilder.ApplyConfiguration(new FulfilmentTaskConfiguration());
        modelBuilder.ApplyConfiguration(new FulfilmentSystemConfiguration());
        modelBuilder.Entity<ClockPause>(e =>
        {
            e.ToTable("clock_pauses");
            e.Property(p => p.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<TimelineEntry>(e =>
        {
            e.ToTable("request_timeline");
            e.Property(t => t.Kind).HasMaxLength(40);
            e.Property(t => t.Actor).HasMaxLength(200);
            e.Property(t => t.Detail).HasMaxLength(1000);
            e.HasIndex(t => new { t.RequestId, t.At });
        });
        modelBuilder.Entity<SubjectKey>(e =>
        {
            e.ToTable("subject_keys");
            e.HasKey(k => k.RequestId);
        });
        modelBuilder.MapSagaState<DataSubjectRequestWorkflow>("request_workflows");
        modelBuilder.Entity<DataSubjectRequestWorkflow>(e =>
        {
            e.Property(w => w.CurrentState).HasMaxLength(40);
            e.Property(w => w.RequestType).HasMaxLength(20);
        });
    }
}

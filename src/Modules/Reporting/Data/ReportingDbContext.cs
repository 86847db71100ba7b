using ComplianceHub.Reporting.Registers;
using ComplianceHub.Reporting.Reports;
using ComplianceHub.Reporting.RequestLog;
using ComplianceHub.Reporting.Schedules;
using ComplianceHub.Reporting.TransferLog;
using ComplianceHub.Shared.Database;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Reporting.Data;

[ModuleSchema("reporting")]
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : ModuleDbContext(options)
{
    internal DbSet<ProcessingActivity> ProcessingActivities => Set<ProcessingActivity>();

    internal DbSet<Transfer> Transfers => Set<Transfer>();

    internal DbSet<Processor> Processors => Set<Processor>();

    internal DbSet<RegisterChange> RegisterChanges => Set<RegisterChange>();

    internal DbSet<Report> Reports => Set<Report>();

    internal DbSet<ReportChunk> ReportChunks => Set<ReportChunk>();

    internal DbSet<RequestLogEntry> RequestLog => Set<RequestLogEntry>();

    internal DbSet<ReportSchedule> Schedules => Set<ReportSchedule>();

    internal DbSet<ReportDistribution> Distributions => Set<ReportDistribution>();

    internal DbSet<PerformedTransfer> PerformedTransfers => Set<PerformedTransfer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration<ProcessingActivity>(new RegisterConfigurations());
        modelBuilder.ApplyConfiguration<Transfer>(new RegisterConfigurations());
        modelBuilder.ApplyConfiguration<Processor>(new RegisterConfigurations());
        modelBuilder.ApplyConfiguration<RegisterChange>(new RegisterConfigurations());
        modelBuilder.ApplyConfiguration<Report>(new ReportConfigurations());
        modelBuilder.ApplyConfiguration<ReportChunk>(new ReportConfigurations());
        modelBuilder.ApplyConfiguration(new RequestLogConfiguration());
        modelBuilder.ApplyConfiguration(new ReportScheduleConfiguration());
        modelBuilder.ApplyConfiguration(new ReportDistributionConfiguration());
        modelBuilder.ApplyConfiguration(new PerformedTransferConfiguration());
    }
}

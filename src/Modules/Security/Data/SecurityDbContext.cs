using ComplianceHub.Security.Domain;
using ComplianceHub.Shared.Database;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Security.Data;

/// <summary>The module's schema: events, alerts, rule state and rollups, scans, per-organisation thresholds.</summary>
[ModuleSchema("security")]
public sealed class SecurityDbContext(DbContextOptions<SecurityDbContext> options) : ModuleDbContext(options)
{
    internal DbSet<SecurityEvent> Events => Set<SecurityEvent>();

    internal DbSet<SecurityAlert> Alerts => Set<SecurityAlert>();

    internal DbSet<PrincipalHourlyReads> HourlyReads => Set<PrincipalHourlyReads>();

    internal DbSet<RuleFiring> Firings => Set<RuleFiring>();

    internal DbSet<MonitoredSystem> Systems => Set<MonitoredSystem>();

    internal DbSet<Scan> Scans => Set<Scan>();

    internal DbSet<OrganizationRules> Rules => Set<OrganizationRules>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new SecurityEventConfiguration(Quote));
        modelBuilder.ApplyConfiguration(new SecurityAlertConfiguration());
        modelBuilder.ApplyConfiguration<PrincipalHourlyReads>(new RuleStateConfiguration());
        modelBuilder.ApplyConfiguration<RuleFiring>(new RuleStateConfiguration());
        modelBuilder.ApplyConfiguration(new MonitoredSystemConfiguration());
        modelBuilder.ApplyConfiguration(new ScanConfiguration());
        modelBuilder.ApplyConfiguration(new OrganizationRulesConfiguration());
    }
}

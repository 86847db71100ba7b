using ComplianceHub.Security.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Security.Data;

/// <summary>The rules' memory: hourly read rollups per principal and when each windowed rule last fired.</summary>
internal sealed class RuleStateConfiguration : IEntityTypeConfiguration<PrincipalHourlyReads>, IEntityTypeConfiguration<RuleFiring>
{
    public void Configure(EntityTypeBuilder<PrincipalHourlyReads> builder)
    {
        builder.ToTable("principal_hourly_reads");
        builder.HasKey(r => new { r.OrganizationId, r.Principal, r.Hour });
        builder.Property(r => r.Principal).HasMaxLength(64);
        builder.Property(r => r.Revision).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<RuleFiring> builder)
    {
        builder.ToTable("rule_firings");
        builder.HasKey(f => new { f.OrganizationId, f.Rule, f.Subject });
        builder.Property(f => f.Rule).HasMaxLength(50);
        builder.Property(f => f.Subject).HasMaxLength(SecurityLimits.NameLength);
        builder.Property(f => f.Revision).IsConcurrencyToken();
    }
}

using ComplianceHub.Security.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Security.Data;

internal sealed class MonitoredSystemConfiguration : IEntityTypeConfiguration<MonitoredSystem>
{
    public void Configure(EntityTypeBuilder<MonitoredSystem> builder)
    {
        builder.ToTable("monitored_systems");
        builder.HasKey(s => new { s.OrganizationId, s.System });
        builder.Property(s => s.System).HasMaxLength(SecurityLimits.NameLength);
        builder.Property(s => s.EncryptionCondition).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.HasIndex(s => s.LastSuccessfulVerificationAt);
    }
}

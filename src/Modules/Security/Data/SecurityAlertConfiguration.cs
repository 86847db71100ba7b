using ComplianceHub.Security.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Security.Data;

internal sealed class SecurityAlertConfiguration : IEntityTypeConfiguration<SecurityAlert>
{
    public void Configure(EntityTypeBuilder<SecurityAlert> builder)
    {
        builder.ToTable("security_alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Priority).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Rule).HasMaxLength(50);
        builder.Property(a => a.Title).HasMaxLength(SecurityLimits.TitleLength);
        builder.Property(a => a.Summary).HasMaxLength(2000);
        builder.Property(a => a.Subject).HasMaxLength(SecurityLimits.NameLength);
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.HasIndex(a => new { a.OrganizationId, a.RaisedAt });
    }
}

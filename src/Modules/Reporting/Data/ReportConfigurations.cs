using ComplianceHub.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Reporting.Data;

internal sealed class ReportConfigurations : IEntityTypeConfiguration<Report>, IEntityTypeConfiguration<ReportChunk>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ScheduleKey).HasMaxLength(100);
        builder.Property(r => r.TimeZone).HasMaxLength(64);
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
        builder.Property(r => r.Failure).HasMaxLength(1000);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.Signature).HasMaxLength(100);
        builder.Property(r => r.SigningKeyId).HasMaxLength(100);
        builder.HasIndex(r => new { r.OrganizationId, r.ScheduleKey }).IsUnique();
        builder.HasIndex(r => new { r.OrganizationId, r.RequestedAt });
    }

    public void Configure(EntityTypeBuilder<ReportChunk> builder)
    {
        builder.ToTable("report_chunks");
        builder.HasKey(c => new { c.ReportId, c.Sequence });
    }
}

using ComplianceHub.Reporting.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Reporting.Data;

internal sealed class ReportScheduleConfiguration : IEntityTypeConfiguration<ReportSchedule>
{
    public void Configure(EntityTypeBuilder<ReportSchedule> builder)
    {
        builder.ToTable("report_schedules");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Cron).HasMaxLength(120);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.PrimitiveCollection(s => s.Recipients);
        builder.HasIndex(s => new { s.OrganizationId, s.Type }).IsUnique();
    }
}

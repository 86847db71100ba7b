using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Reporting.Schedules;

internal sealed class ReportDistributionConfiguration : IEntityTypeConfiguration<ReportDistribution>
{
    public void Configure(EntityTypeBuilder<ReportDistribution> builder)
    {
        builder.ToTable("report_distributions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => d.ReportId).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Notifications.ReportDistribution;

internal sealed class ReportDeliveryAttemptConfiguration : IEntityTypeConfiguration<ReportDeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<ReportDeliveryAttempt> builder)
    {
        builder.ToTable("report_delivery_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ProviderMessageId).HasMaxLength(300);
        builder.Property(a => a.Error).HasMaxLength(500);
        builder.HasIndex(a => new { a.ReportId, a.RecipientIndex, a.At });
    }
}

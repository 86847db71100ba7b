using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Notifications.ReportDistribution;

internal sealed class ReportDeliveryAttemptConfiguration : IEntityTypeConfiguration<ReportDeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<ReportDeliveryAttempt> builder)
    {
        builder.ToTableWithAssignedKey("report_delivery_attempts", a => a.Id);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ProviderMessageId).HasMaxLength(300);
        builder.Property(a => a.Error).HasMaxLength(500);
        builder.HasIndex(a => new { a.ReportId, a.RecipientIndex, a.At });
    }
}

using ComplianceHub.Reporting.TransferLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Reporting.Data;

internal sealed class PerformedTransferConfiguration : IEntityTypeConfiguration<PerformedTransfer>
{
    public void Configure(EntityTypeBuilder<PerformedTransfer> builder)
    {
        builder.ToTable("performed_transfers");
        builder.HasKey(t => t.DeliveryAttemptId);
        builder.Property(t => t.DeliveryAttemptId).ValueGeneratedNever();
        builder.Property(t => t.Basis).HasMaxLength(20);
        builder.Property(t => t.Channel).HasMaxLength(20);
        builder.Property(t => t.Recipient).HasMaxLength(300);
        builder.Property(t => t.DestinationCountry).HasMaxLength(2);
        // The audit counts an organisation's transfers of a period, per register entry.
        builder.HasIndex(t => new { t.OrganizationId, t.TransferredAt });
    }
}

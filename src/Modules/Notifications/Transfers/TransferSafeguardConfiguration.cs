using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Notifications.Transfers;

internal sealed class TransferSafeguardConfiguration : IEntityTypeConfiguration<TransferSafeguard>
{
    public void Configure(EntityTypeBuilder<TransferSafeguard> builder)
    {
        builder.ToTableWithAssignedKey("transfer_safeguards", t => t.TransferId);
        builder.Property(t => t.Recipient).HasMaxLength(300);
        builder.Property(t => t.DestinationCountry).HasMaxLength(2);
        builder.Property(t => t.Mechanism).HasMaxLength(20);
        builder.HasIndex(t => new { t.OrganizationId, t.DestinationCountry });
    }
}

using ComplianceHub.DataSubjectRequests.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.DataSubjectRequests.Data;

internal sealed class FulfilmentSystemConfiguration : IEntityTypeConfiguration<FulfilmentSystem>
{
    public void Configure(EntityTypeBuilder<FulfilmentSystem> builder)
    {
        builder.ToTable("fulfilment_systems");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(RequestLimits.SystemNameLength);
        builder.Property(s => s.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Address).HasMaxLength(RequestLimits.AddressLength);
        builder.PrimitiveCollection(s => s.RequestTypes);
        builder.HasIndex(s => s.OrganizationId);
    }
}

using ComplianceHub.DataSubjectRequests.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.DataSubjectRequests.Data;

internal sealed class FulfilmentTaskConfiguration : IEntityTypeConfiguration<FulfilmentTask>
{
    public void Configure(EntityTypeBuilder<FulfilmentTask> builder)
    {
        builder.ToTable("fulfilment_tasks");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.SystemName).HasMaxLength(RequestLimits.SystemNameLength);
        builder.Property(t => t.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Outcome).HasMaxLength(RequestLimits.OutcomeLength);
        builder.HasIndex(t => t.MessageId).IsUnique();
    }
}

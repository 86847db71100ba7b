using ComplianceHub.Notifications.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Notifications.Data;

internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.ToTableWithAssignedKey("delivery_attempts", a => a.Id);
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ProviderMessageId).HasMaxLength(300);
        builder.Property(a => a.Error).HasMaxLength(500);
        builder.HasIndex(a => new { a.AlertId, a.At });
    }
}

internal sealed class EscalationStepConfiguration : IEntityTypeConfiguration<EscalationStep>
{
    public void Configure(EntityTypeBuilder<EscalationStep> builder)
    {
        builder.ToTableWithAssignedKey("escalation_steps", s => s.Id);
        builder.PrimitiveCollection(s => s.Recipients);
        builder.HasIndex(s => new { s.AlertId, s.At });
    }
}

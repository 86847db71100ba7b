using ComplianceHub.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Notifications.Data;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToTableWithAssignedKey("alerts", a => a.Id);
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        // Title and body are encrypted: the ciphertext is longer than the text the API limits, so no length here.
        builder.Property(a => a.CorrelationId).HasMaxLength(200);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(200);
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.Property(a => a.Source).HasMaxLength(200);
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.HasIndex(a => new { a.Source, a.Type }).IsUnique();
        builder.HasIndex(a => a.RaisedAt);
        builder.HasIndex(a => new { a.OrganizationId, a.RaisedAt });
    }
}

using ComplianceHub.Breaches.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Breaches.Data;

internal sealed class AuthorityNotificationConfiguration : IEntityTypeConfiguration<AuthorityNotificationRecord>
{
    public void Configure(EntityTypeBuilder<AuthorityNotificationRecord> builder)
    {
        builder.ToTableKeyedBy("authority_notifications", nameof(AuthorityNotificationRecord.Id));
        builder.Property(n => n.AuthorityCountry).HasMaxLength(2);
        builder.Property(n => n.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Reference).HasMaxLength(BreachLimits.ReferenceLength);
        builder.Property(n => n.RecordedBy).HasMaxLength(100);
        // One submission per authority and phase: Art. 33(4) phases are kept in order, never duplicated.
        builder.HasIndex(n => new { n.BreachId, n.AuthorityCountry, n.Phase }).IsUnique();
    }
}

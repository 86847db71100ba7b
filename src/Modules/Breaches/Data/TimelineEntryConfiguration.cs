using ComplianceHub.Breaches.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Breaches.Data;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTableKeyedBy("breach_timeline", nameof(TimelineEntry.Id));
        builder.Property(t => t.Kind).HasMaxLength(60);
        builder.Property(t => t.Actor).HasMaxLength(100);
        builder.Property(t => t.Detail).HasMaxLength(500);
        builder.HasIndex(t => new { t.BreachId, t.At });
    }
}

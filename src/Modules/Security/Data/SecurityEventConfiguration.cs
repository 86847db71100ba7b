using ComplianceHub.Security.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Security.Data;

internal sealed class SecurityEventConfiguration(Func<string, string> quote) : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> builder)
    {
        builder.ToTable("security_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Source).HasMaxLength(SecurityLimits.SourceLength);
        builder.Property(e => e.ExternalId).HasMaxLength(SecurityLimits.ExternalIdLength);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Country).HasMaxLength(2);
        builder.Property(e => e.Principal).HasMaxLength(64);
        builder.Property(e => e.Resource).HasMaxLength(SecurityLimits.NameLength);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.System).HasMaxLength(SecurityLimits.NameLength);
        builder.Property(e => e.EncryptionStatus).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Algorithm).HasMaxLength(100);
        builder.Property(e => e.IssueId).HasMaxLength(SecurityLimits.NameLength);
        builder.Property(e => e.Title).HasMaxLength(SecurityLimits.TitleLength);
        builder.Property(e => e.Asset).HasMaxLength(SecurityLimits.NameLength);
        builder.Property(e => e.CvssScore).HasPrecision(3, 1);
        // Ingestion is idempotent on what the source calls the event: a resubmission finds this row.
        builder.HasIndex(e => new { e.OrganizationId, e.Source, e.ExternalId }).IsUnique();
        // The windows of the access rules: one principal's events by time.
        builder.HasIndex(e => new { e.OrganizationId, e.Principal, e.OccurredAt });
        builder.HasIndex(e => new { e.OrganizationId, e.OccurredAt });
        // A source's events still to be evaluated, in arrival order (RuleEvaluator): small whatever the history.
        builder.HasIndex(e => new { e.OrganizationId, e.Source, e.ReceivedAt }).HasDatabaseName("IX_security_events_pending")
            .HasFilter($"{quote("EvaluatedAt")} IS NULL");
    }
}

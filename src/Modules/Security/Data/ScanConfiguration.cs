using ComplianceHub.Security.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Security.Data;

internal sealed class ScanConfiguration : IEntityTypeConfiguration<Scan>
{
    public void Configure(EntityTypeBuilder<Scan> builder)
    {
        builder.ToTable("scans");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ScanId).HasMaxLength(SecurityLimits.ExternalIdLength);
        // Scan ids are the scanner's, unique within an organisation: another organisation may use the same one.
        builder.HasIndex(s => new { s.OrganizationId, s.ScanId }).IsUnique();
        builder.OwnsMany(s => s.Issues, issue =>
        {
            issue.ToTable("scan_issues");
            issue.WithOwner().HasForeignKey("ScanRowId");
            issue.HasKey("ScanRowId", nameof(ScanIssue.Number));
            issue.Property(i => i.Number).ValueGeneratedNever();
            issue.Property(i => i.IssueId).HasMaxLength(SecurityLimits.NameLength);
            issue.Property(i => i.Title).HasMaxLength(SecurityLimits.TitleLength);
            issue.Property(i => i.Asset).HasMaxLength(SecurityLimits.NameLength);
            issue.Property(i => i.CvssScore).HasPrecision(3, 1);
            issue.Property(i => i.Priority).HasConversion<string>().HasMaxLength(10);
        });
    }
}

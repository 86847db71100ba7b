using ComplianceHub.Reporting.RequestLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Reporting.Data;

internal sealed class RequestLogConfiguration : IEntityTypeConfiguration<RequestLogEntry>
{
    public void Configure(EntityTypeBuilder<RequestLogEntry> builder)
    {
        builder.ToTable("request_log");
        builder.HasKey(e => e.RequestId);
        builder.Property(e => e.RequestId).ValueGeneratedNever();
        builder.Property(e => e.RequestType).HasMaxLength(30);
        builder.Property(e => e.Outcome).HasMaxLength(30);
        // The report reads the log in (ReceivedAt, RequestId) order, page by page (keyset).
        builder.HasIndex(e => new { e.OrganizationId, e.ReceivedAt, e.RequestId });
        builder.HasIndex(e => new { e.OrganizationId, e.CompletedAt });
    }
}

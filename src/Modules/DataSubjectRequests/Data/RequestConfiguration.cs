using ComplianceHub.DataSubjectRequests.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.DataSubjectRequests.Data;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> builder)
    {
        builder.ToTable("requests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.IdentityOutcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Channel).HasMaxLength(RequestLimits.ChannelLength);
        builder.Property(r => r.Country).HasMaxLength(2);
        builder.Property(r => r.TimeZone).HasMaxLength(64);
        builder.Property(r => r.IdentityMethod).HasMaxLength(RequestLimits.MethodLength);
        builder.Property(r => r.ExtensionReason).HasMaxLength(RequestLimits.ReasonLength * 2);
        builder.Property(r => r.RefusalReason).HasMaxLength(RequestLimits.ReasonLength * 2);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasMany(r => r.Pauses).WithOne().HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Tasks).WithOne().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.OrganizationId, r.ReceivedAt });
        builder.HasIndex(r => r.DueAt);
        builder.HasIndex(r => r.RespondedAt);
    }
}

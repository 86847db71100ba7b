using ComplianceHub.Breaches.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Breaches.Data;

internal sealed class BreachConfiguration : IEntityTypeConfiguration<Breach>
{
    public void Configure(EntityTypeBuilder<Breach> builder)
    {
        builder.ToTable("breaches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Title).HasMaxLength(BreachLimits.TitleLength);
        builder.Property(b => b.Description).HasMaxLength(BreachLimits.DescriptionLength);
        builder.Property(b => b.Source).HasMaxLength(BreachLimits.SourceLength);
        builder.Property(b => b.LikelyConsequences).HasMaxLength(BreachLimits.DescriptionLength);
        builder.Property(b => b.MeasuresTaken).HasMaxLength(BreachLimits.DescriptionLength);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(40);
        builder.PrimitiveCollection(b => b.AffectedCountries);
        builder.PrimitiveCollection(b => b.DataCategories);
        builder.HasIndex(b => b.AuthorityDeadline);
        builder.HasIndex(b => b.Status);
        builder.HasIndex(b => b.OrganizationId);
    }
}

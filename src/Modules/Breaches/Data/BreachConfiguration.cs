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
        // Personal data, encrypted at rest: the ciphertext is longer than the text, so these columns are unbounded
        // (the API limits the text).
        builder.Property(b => b.Source).HasMaxLength(BreachLimits.SourceLength);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(40);
        builder.PrimitiveCollection(b => b.AffectedCountries);
        builder.PrimitiveCollection(b => b.DataCategories);
        builder.HasIndex(b => b.AuthorityDeadline);
        builder.HasIndex(b => b.Status);
        builder.HasIndex(b => b.OrganizationId);
    }
}

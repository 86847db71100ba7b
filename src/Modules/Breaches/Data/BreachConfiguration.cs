using ComplianceHub.Breaches.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Breaches.Data;

internal sealed class BreachConfiguration : IEntityTypeConfiguration<Breach>
{
    public void Configure(EntityTypeBuilder<Breach> builder)
    {
        builder.ToTableKeyedBy("breaches", nameof(Breach.Id));
        builder.Property(b => b.Revision).IsConcurrencyToken();
        // Personal data, encrypted at rest: the ciphertext is longer than the text, so these columns are unbounded
        // (the API limits the text).
        builder.Property(b => b.Source).HasMaxLength(BreachLimits.SourceLength);
        builder.Property(b => b.LinkedSource).HasMaxLength(200);
        builder.Property(b => b.MainEstablishment).HasMaxLength(2);
        builder.Property(b => b.AssessedBy).HasMaxLength(100);
        builder.Property(b => b.RiskLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.SubjectChannel).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.SubjectExemption).HasConversion<string>().HasMaxLength(30);
        builder.PrimitiveCollection(b => b.AffectedCountries);
        builder.PrimitiveCollection(b => b.DataCategories);
        builder.PrimitiveCollection(b => b.RequiredAuthorities);
        builder.Ignore(b => b.SubjectCommunicationSettled);
        builder.HasIndex(b => b.AuthorityDeadline);
        builder.HasIndex(b => b.OrganizationId);
        builder.HasIndex(b => b.LinkedSource).IsUnique();
    }
}

using ComplianceHub.Reporting.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Reporting.Data;

internal sealed class RegisterConfigurations :
    IEntityTypeConfiguration<ProcessingActivity>,
    IEntityTypeConfiguration<Transfer>,
    IEntityTypeConfiguration<Processor>,
    IEntityTypeConfiguration<RegisterChange>
{
    public void Configure(EntityTypeBuilder<ProcessingActivity> builder)
    {
        builder.ToTable("processing_activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.PrimitiveCollection(a => a.Purposes);
        builder.PrimitiveCollection(a => a.DataSubjectCategories);
        builder.PrimitiveCollection(a => a.PersonalDataCategories);
        builder.PrimitiveCollection(a => a.RecipientCategories);
        builder.PrimitiveCollection(a => a.Transfers);
        builder.Property(a => a.Retention).HasMaxLength(2000);
        builder.Property(a => a.SecurityMeasures).HasMaxLength(4000);
        builder.HasIndex(a => new { a.OrganizationId, a.Name });
    }

    public void Configure(EntityTypeBuilder<Transfer> builder)
    {
        builder.ToTable("transfers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Revision).IsConcurrencyToken();
        builder.Property(t => t.Recipient).HasMaxLength(200);
        builder.Property(t => t.DestinationCountry).HasMaxLength(2);
        builder.Property(t => t.Mechanism).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => t.OrganizationId);
    }

    public void Configure(EntityTypeBuilder<Processor> builder)
    {
        builder.ToTable("processors");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.PrimitiveCollection(p => p.SubProcessors);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.OrganizationId);
    }

    public void Configure(EntityTypeBuilder<RegisterChange> builder)
    {
        builder.ToTable("register_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.Register).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ChangedBy).HasMaxLength(200);
        builder.PrimitiveCollection(c => c.ChangedFields);
        builder.HasIndex(c => new { c.OrganizationId, c.ChangedAt });
        builder.HasIndex(c => new { c.Register, c.EntryId });
    }
}

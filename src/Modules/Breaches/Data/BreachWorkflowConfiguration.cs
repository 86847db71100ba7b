using ComplianceHub.Breaches.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Breaches.Data;

internal sealed class BreachWorkflowConfiguration : IEntityTypeConfiguration<BreachWorkflow>
{
    public void Configure(EntityTypeBuilder<BreachWorkflow> builder)
    {
        builder.Property(w => w.CurrentState).HasMaxLength(40);
        builder.Property(w => w.RiskLevel).HasMaxLength(20);
        builder.Property(w => w.SubjectOutcome).HasMaxLength(40);
        builder.PrimitiveCollection(w => w.AffectedCountries);
        builder.PrimitiveCollection(w => w.RequiredAuthorities);
        builder.PrimitiveCollection(w => w.NotifiedAuthorities);
        builder.HasIndex(w => w.CurrentState);
    }
}

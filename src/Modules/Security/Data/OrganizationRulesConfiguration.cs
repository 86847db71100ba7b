using System.Text.Json;
using ComplianceHub.Security.Domain;
using ComplianceHub.Security.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Security.Data;

internal sealed class OrganizationRulesConfiguration : IEntityTypeConfiguration<OrganizationRules>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<OrganizationRules> builder)
    {
        builder.ToTable("security_rules");
        builder.HasKey(r => r.OrganizationId);
        builder.Property(r => r.OrganizationId).ValueGeneratedNever();
        builder.Property(r => r.UpdatedBy).HasMaxLength(100);
        // One document: thresholds gain fields without a migration; absent fields read as their defaults.
        builder.Property(r => r.Thresholds).HasConversion(
                t => JsonSerializer.Serialize(t, Json),
                s => JsonSerializer.Deserialize<RuleThresholds>(s, Json) ?? new RuleThresholds(),
                new ValueComparer<RuleThresholds>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    t => JsonSerializer.Serialize(t, Json).GetHashCode(StringComparison.Ordinal),
                    t => t.Copy()));
    }
}

using System.Text.Json;
using ComplianceHub.Notifications.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Notifications.Data;

internal sealed class DpoConfiguration : IEntityTypeConfiguration<Dpo>
{
    public void Configure(EntityTypeBuilder<Dpo> builder)
    {
        builder.ToTableWithAssignedKey("dpos", d => d.Id);
        builder.Property(d => d.UserId).HasMaxLength(200);
        builder.Property(d => d.TimeZone).HasMaxLength(64);
        builder.Property(d => d.WorkingHours).HasJsonConversion();
        builder.Property(d => d.Holidays).HasJsonConversion();
        builder.Property(d => d.ChannelPreferences).HasJsonConversion();
        builder.PrimitiveCollection(d => d.Countries);
        builder.HasIndex(d => d.OrganizationId);
    }
}

internal sealed class EscalationPolicyConfiguration : IEntityTypeConfiguration<EscalationPolicy>
{
    public void Configure(EntityTypeBuilder<EscalationPolicy> builder)
    {
        builder.ToTableWithAssignedKey("escalation_policies", p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Levels).HasJsonConversion();
        builder.HasIndex(p => p.OrganizationId);
    }
}

/// <summary>Small structured values stored as JSON text, compared by their JSON.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> Converter<T>()
        where T : new() =>
        new(v => JsonSerializer.Serialize(v, Options), s => JsonSerializer.Deserialize<T>(s, Options) ?? new T());

    /// <summary>Stores the property as JSON text, compared by its JSON.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : new() =>
        property.HasConversion(Converter<T>(), Comparer<T>());

    public static ValueComparer<T> Comparer<T>()
        where T : new() =>
        new(
            (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
            v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options) ?? new T());
}

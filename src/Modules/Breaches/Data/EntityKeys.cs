using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Breaches.Data;

internal static class EntityKeys
{
    /// <summary>
    /// The entity's table and its key: an id the module assigns (NewId, or the breach's own), so the database never
    /// generates one.
    /// </summary>
    public static void ToTableKeyedBy<TEntity>(this EntityTypeBuilder<TEntity> builder, string table, string key)
        where TEntity : class
    {
        builder.ToTable(table);
        builder.HasKey(key);
        builder.Property(key).ValueGeneratedNever();
    }
}

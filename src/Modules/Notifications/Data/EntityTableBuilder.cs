using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Notifications.Data;

internal static class EntityTableBuilder
{
    /// <summary>
    /// The entity's table and its key. The module assigns every id itself (<c>NewId</c>, or the id of the event the row
    /// records), so the database never generates one.
    /// </summary>
    public static EntityTypeBuilder<T> ToTableWithAssignedKey<T>(this EntityTypeBuilder<T> builder, string table, Expression<Func<T, Guid>> key)
        where T : class
    {
        builder.ToTable(table);
        var property = builder.Property(key);
        property.ValueGeneratedNever();
        builder.HasKey(property.Metadata.Name);
        return builder;
    }
}

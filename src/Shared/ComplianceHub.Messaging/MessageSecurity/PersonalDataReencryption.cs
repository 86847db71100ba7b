using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// Re-encrypts personal-data columns still under an older key, so that key can leave the ring (Art. 32(1)(a)): every
/// <c>pd1:</c> value of a string column, in an entity with a single Guid key, that another key than the active one
/// protects is opened and protected again under the active key, bound to the same record and field (the entity's key
/// and the property name, as <see cref="PersonalDataProtector"/>'s callers bind them). The update is conditional on the
/// value read, so a value written meanwhile is left as it is; a value that does not open under that binding is counted
/// and left for an operator.
/// </summary>
internal sealed class PersonalDataReencryption(PersonalDataProtector protector, MessageKeyRing keys)
{
    private const int Batch = 500;
    private const string Prefix = "pd1:";

    private static readonly MethodInfo Column = typeof(PersonalDataReencryption).GetMethod(nameof(ColumnAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    public string ActiveKey => keys.ActiveEncryptionKey;

    public async Task<ReencryptionCounts> RunAsync(DbContext db, CancellationToken cancellationToken)
    {
        var counts = new ReencryptionCounts(0, 0);
        if (keys.EncryptionKeyIds.Count < 2)
        {
            return counts; // one key: nothing can be under another one that the ring could still open
        }

        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && !e.HasSharedClrType && e.GetTableName() is not null))
        {
            if (entity.FindPrimaryKey() is not { Properties: [var key] } || key.ClrType != typeof(Guid))
            {
                continue;
            }

            foreach (var property in entity.GetProperties().Where(Candidate))
            {
                var task = (Task<ReencryptionCounts>)Column.MakeGenericMethod(entity.ClrType).Invoke(this, [db, key.Name, property.Name, cancellationToken])!;
                counts += await task;
            }
        }

        return counts;
    }

    private static bool Candidate(IProperty property) =>
        property.ClrType == typeof(string) && !property.IsShadowProperty() && !property.IsKey() && property.GetValueConverter() is null;

    private async Task<ReencryptionCounts> ColumnAsync<TEntity>(DbContext db, string key, string column, CancellationToken cancellationToken)
        where TEntity : class
    {
        var counts = new ReencryptionCounts(0, 0);
        // Re-encrypted values keep the prefix, so the set being paged through never changes shape.
        for (var offset = 0; ; offset += Batch)
        {
            var page = await db.Set<TEntity>().AsNoTracking()
                .Where(e => EF.Property<string>(e, column).StartsWith(Prefix))
                .OrderBy(e => EF.Property<Guid>(e, key))
                .Skip(offset).Take(Batch)
                .Select(e => new { Id = EF.Property<Guid>(e, key), Value = EF.Property<string>(e, column) })
                .ToListAsync(cancellationToken);
            foreach (var row in page)
            {
                string fresh;
                try
                {
                    if (PersonalDataProtector.KeyIdOf(row.Value) == keys.ActiveEncryptionKey)
                    {
                        continue;
                    }

                    fresh = protector.Protect(protector.Unprotect(row.Value, row.Id, column), row.Id, column);
                }
                catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException or ArgumentOutOfRangeException)
                {
                    counts += new ReencryptionCounts(0, 1);
                    continue;
                }

                var id = row.Id;
                var old = row.Value;
                var updated = await db.Set<TEntity>()
                    .Where(e => EF.Property<Guid>(e, key) == id && EF.Property<string>(e, column) == old)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<string>(e, column), fresh), cancellationToken);
                counts += new ReencryptionCounts(updated, 0);
            }

            if (page.Count < Batch)
            {
                return counts;
            }
        }
    }
}

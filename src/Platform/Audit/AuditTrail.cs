using System.Text;
using ComplianceHub.Shared.Database;
using MassTransit;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Appends to the audit chain. Inside the caller's transaction when the recorded act is a database change (the entry
/// commits with the change or not at all), else in a transaction of its own. Every append locks the chain head first,
/// so appends from every host form one chain in one order.
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, DatabaseOptions database, MessageKeyRing keys, AuditHeadGuard guard, TimeProvider clock)
    : IAuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    Task IAuditTrail.AppendAsync(AuditRecord record, CancellationToken cancellationToken) => AppendAsync(record, cancellationToken);

    Task IAuditTrail.AppendAsync(AuditRecord record, DbContext changes, CancellationToken cancellationToken) =>
        AppendAsync(record, changes, cancellationToken);

    /// <summary>Records <paramref name="record"/> in a transaction of its own.</summary>
    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await AppendToAsync(db, record, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry;
    }

    /// <summary>Records <paramref name="record"/> in the open transaction of <paramref name="changes"/>: it commits with them.</summary>
    public async Task<AuditEntry> AppendAsync(AuditRecord record, DbContext changes, CancellationToken cancellationToken)
    {
        await using var db = await EnlistedContext.CreateAsync<AuditDbContext>(changes, database.Provider, options => new AuditDbContext(options), cancellationToken);
        return await AppendToAsync(db, record, cancellationToken);
    }

    /// <summary>
    /// Locks the chain head until the open transaction of <paramref name="db"/> ends and reads it (tracked): whoever
    /// holds it is the only one appending to or purging the chain. Throws <see cref="AuditChainTamperedException"/>
    /// when the head's signature fails: nothing is appended over a cut chain.
    /// </summary>
    internal async Task<AuditChainHead> LockHeadAsync(AuditDbContext db, CancellationToken cancellationToken, bool reseal = false)
    {
        // The update takes the head's row lock (PostgreSQL, SQL Server) or the write lock (SQLite) until commit.
        await db.Head.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence), cancellationToken);
        var head = await db.Head.SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        if (!reseal)
        {
            await guard.CheckAsync(db, head, cancellationToken);
        }

        return head;
    }

    /// <summary>
    /// Records <paramref name="records"/> in order, in one transaction of their own under one lock of the head: what
    /// makes per-message events affordable (one round of locking per batch, not per message).
    /// </summary>
    public async Task AppendBatchAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var head = await LockHeadAsync(db, cancellationToken);
        foreach (var record in records)
        {
            db.Entries.Add(Chain(head, record));
        }

        AuditChain.SealHead(head, keys);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Appends in the open transaction of <paramref name="db"/>; saves every change tracked by it.</summary>
    internal async Task<AuditEntry> AppendToAsync(AuditDbContext db, AuditRecord record, CancellationToken cancellationToken) =>
        await AppendToAsync(db, await LockHeadAsync(db, cancellationToken), record, cancellationToken);

    /// <summary>Appends after <paramref name="head"/>, locked by the open transaction of <paramref name="db"/>, and signs the head.</summary>
    internal async Task<AuditEntry> AppendToAsync(AuditDbContext db, AuditChainHead head, AuditRecord record, CancellationToken cancellationToken)
    {
        var entry = Chain(head, record);
        db.Entries.Add(entry);
        AuditChain.SealHead(head, keys);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    /// <summary>The next entry after <paramref name="head"/>, sealed; moves the head onto it.</summary>
    private AuditEntry Chain(AuditChainHead head, AuditRecord record)
    {
        var id = NewId.NextGuid();
        var entry = new AuditEntry
        {
            Sequence = head.Sequence + 1,
            Id = id,
            At = DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds()),
            Type = record.Type,
            Actor = Truncate(record.Actor, 200),
            Subject = Truncate(record.Subject, 300),
            OrganizationId = record.OrganizationId,
            Data = JsonSerializer.Serialize(record.Data ?? new Dictionary<string, string?>(), Json),
            Reason = string.IsNullOrWhiteSpace(record.Reason) ? null : keys.Encrypt(Encoding.UTF8.GetBytes(record.Reason.Trim()), id.ToByteArray()),
            PreviousHash = head.Hash,
            Hash = "",
            KeyId = "",
            Signature = "",
        };
        AuditChain.Seal(entry, keys);
        head.Sequence = entry.Sequence;
        head.Hash = entry.Hash;
        return entry;
    }

    /// <summary>The reason recorded with an entry, for those allowed to read the trail.</summary>
    public string? ReasonOf(AuditEntry entry)
    {
        if (entry.Reason is null)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(keys.Decrypt(entry.Reason, entry.Id.ToByteArray()));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return UnreadableReason; // altered, or its key was removed: verification says which entry
        }
    }

    public const string UnreadableReason = "(cannot be decrypted)";

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

using ComplianceHub.Shared.Database;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>Loads an inbox row with a row lock held until the transaction ends.</summary>
internal static class InboxLock
{
    public static Task<InboxState?> LoadAsync(ModuleDbContext db, Guid messageId, Guid consumerId, CancellationToken cancellationToken)
    {
        var set = db.Set<InboxState>();
        if (db.Database.IsSqlite())
        {
            // SQLite transactions here begin IMMEDIATE: one writer at a time, no row lock needed.
            return set.SingleOrDefaultAsync(i => i.MessageId == messageId && i.ConsumerId == consumerId, cancellationToken);
        }

        var entity = db.Model.FindEntityType(typeof(InboxState))!;
        var sql = db.Database.IsNpgsql()
            ? $"SELECT * FROM \"{entity.GetSchema()}\".\"{entity.GetTableName()}\" WHERE \"MessageId\" = {{0}} AND \"ConsumerId\" = {{1}} FOR UPDATE"
            : $"SELECT * FROM [{entity.GetSchema()}].[{entity.GetTableName()}] WITH (UPDLOCK, ROWLOCK) WHERE [MessageId] = {{0}} AND [ConsumerId] = {{1}}";
        return set.FromSqlRaw(sql, messageId, consumerId).AsTracking().SingleOrDefaultAsync(cancellationToken);
    }
}

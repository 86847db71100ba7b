using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplianceHub.Shared.Database;

public static class TransactionJoining
{
    /// <summary>
    /// Begins a transaction, or joins the one already open on the context (an idempotent POST runs its handler inside
    /// the transaction that stores its answer). A joined transaction is committed by whoever began it: committing or
    /// disposing the handle returned here then does nothing, rolling it back rolls back the whole.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginOrJoinTransactionAsync(this DatabaseFacade database, CancellationToken cancellationToken) =>
        database.CurrentTransaction is { } open
            ? new JoinedTransaction(open)
            : await database.BeginTransactionAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore.Storage;

namespace ComplianceHub.Shared.Database;

/// <summary>A handle on a transaction someone else began and commits (<see cref="TransactionJoining"/>).</summary>
internal sealed class JoinedTransaction(IDbContextTransaction outer) : IDbContextTransaction
{
    public Guid TransactionId => outer.TransactionId;

    public void Commit()
    {
    }

    public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public void Rollback() => outer.Rollback();

    public Task RollbackAsync(CancellationToken cancellationToken = default) => outer.RollbackAsync(cancellationToken);

    public void Dispose()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

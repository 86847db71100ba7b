using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplianceHub.Shared.Database;

/// <summary>
/// A context of another schema over a caller's connection, in the caller's open transaction: what it saves commits
/// with the caller's changes or not at all (EF Core's documented way to share a transaction between contexts). Every
/// schema lives in the one database (SQLite: the one file), so the tables are reachable on any module's connection.
/// </summary>
public static class EnlistedContext
{
    public static async Task<TContext> CreateAsync<TContext>(
        DbContext changes, DatabaseProvider provider, Func<DbContextOptions<TContext>, TContext> create, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var transaction = changes.Database.CurrentTransaction
            ?? throw new InvalidOperationException($"Begin a transaction on {changes.GetType().Name} first.");
        var context = create(Options<TContext>(changes.Database.GetDbConnection(), provider));
        await context.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        return context;
    }

    private static DbContextOptions<TContext> Options<TContext>(DbConnection connection, DatabaseProvider provider)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connection),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connection),
            DatabaseProvider.SqlServer => options.UseSqlServer(connection),
            _ => throw new NotSupportedException($"Database provider {provider} is not supported."),
        };
        return options.Options;
    }
}

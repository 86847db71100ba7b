using System.Data.Common;

namespace ComplianceHub.Security.Evaluation;

/// <summary>
/// Writes one evaluation's rollup increments in one set-based statement per batch (PostgreSQL: arrays through
/// <c>unnest</c>; SQLite: multi-row <c>VALUES</c>; both <c>INSERT … ON CONFLICT DO UPDATE</c>; SQL Server: <c>MERGE</c>),
/// in the evaluation's transaction. Each row moves only from the revision the evaluation read: a row another
/// evaluation changed (or created) meanwhile is left alone, the count falls short, and the evaluation fails with a
/// concurrency conflict and is retried on the new state, as when EF Core wrote the rows one by one.
/// </summary>
internal static class HourlyRollupWriter
{
    // SQL Server takes at most 2,100 parameters per command: 5 per row plus the organisation.
    private const int RowsPerValuesStatement = 400;

    public static async Task WriteAsync(SecurityDbContext db, Guid organizationId, IReadOnlyCollection<HourlyRollup> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = new RollupTable(db);
        // One order for every writer: two evaluations locking overlapping rows take them in the same order.
        var ordered = rows.OrderBy(r => r.Principal, StringComparer.Ordinal).ThenBy(r => r.Hour).ToList();
        int written;
        if (db.Database.IsNpgsql())
        {
            written = await ExecuteAsync(db, table.PostgreSqlUpsert(), [
                table.Parameter(db, "o", organizationId),
                table.Array(db, "p", ordered.Select(r => r.Principal).ToArray()),
                table.Array(db, "h", ordered.Select(r => r.Hour.ToUniversalTime()).ToArray()),
                table.Array(db, "r", ordered.Select(r => r.AddedRecords).ToArray()),
                table.Array(db, "d", ordered.Select(r => r.AddedDenied).ToArray()),
                table.Array(db, "v", ordered.Select(r => r.NextRevision).ToArray())], cancellationToken);
        }
        else
        {
            written = 0;
            var sqlServer = db.Database.IsSqlServer();
            foreach (var chunk in ordered.Chunk(RowsPerValuesStatement))
            {
                var parameters = new List<DbParameter> { table.Parameter(db, "o", organizationId) };
                for (var i = 0; i < chunk.Length; i++)
                {
                    parameters.AddRange(table.RowParameters(db, i, chunk[i]));
                }

                written += await ExecuteAsync(db, sqlServer ? table.SqlServerMerge(chunk.Length) : table.ValuesUpsert(chunk.Length), parameters, cancellationToken);
            }
        }

        if (written != rows.Count)
        {
            throw new DbUpdateConcurrencyException(
                $"{rows.Count - written} of {rows.Count} hourly rollup rows changed since this evaluation read them; it is retried on the new state.");
        }
    }

    private static Task<int> ExecuteAsync(SecurityDbContext db, string sql, IEnumerable<DbParameter> parameters, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
}

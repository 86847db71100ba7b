using System.Runtime.CompilerServices;
using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Reports.Contents;

/// <summary>A register's entries in the order registered, <see cref="ReportInput.PageSize"/> at a time (keyset: created, id).</summary>
internal static class RegisterPages
{
    public static async IAsyncEnumerable<List<TEntry>> InOrderAsync<TEntry>(
        IQueryable<TEntry> entries, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TEntry : class, IRegisterEntry
    {
        DateTimeOffset? afterAt = null;
        var afterId = Guid.Empty;
        while (true)
        {
            var page = afterAt is { } at ? entries.Where(e => e.CreatedAt >= at && (e.CreatedAt > at || e.Id > afterId)) : entries;
            var rows = await page.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).Take(ReportInput.PageSize).ToListAsync(cancellationToken);
            yield return rows;
            if (rows.Count < ReportInput.PageSize)
            {
                yield break;
            }

            (afterAt, afterId) = (rows[^1].CreatedAt, rows[^1].Id);
        }
    }
}

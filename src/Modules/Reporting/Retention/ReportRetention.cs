using System.Globalization;
using ComplianceHub.Reporting.Reports;
using ComplianceHub.Shared.Audit;

namespace ComplianceHub.Reporting.Retention;

/// <summary>
/// Deletes, for real, the reports past <see cref="ReportRetentionOptions.Reports"/> with their stored content. Pending
/// and generating reports stay whatever their age. Each chunk of reports is deleted and recorded in the audit trail in
/// one transaction.
/// </summary>
public sealed class ReportRetention(ReportingDbContext db, IAuditTrail audit, ReportRetentionOptions options)
{
    private const int Chunk = 200;

    /// <summary>Purges every report past retention at <paramref name="now"/>; returns how many were deleted.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - options.Reports;
        int total = 0, removed;
        do
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await db.Reports
                .Where(r => r.RequestedAt < before && (r.Status == ReportStatus.Completed || r.Status == ReportStatus.Failed))
                .OrderBy(r => r.RequestedAt).Select(r => r.Id).Take(Chunk).ToListAsync(cancellationToken);
            var chunks = await db.ReportChunks.Where(c => ids.Contains(c.ReportId)).ExecuteDeleteAsync(cancellationToken);
            removed = await db.Reports.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
            if (removed > 0)
            {
                await audit.AppendAsync(
                    new AuditRecord(AuditTypes.ReportsPurged, AuditRecord.SystemActor, "reporting:reports", new Dictionary<string, string?>
                    {
                        ["deleted"] = removed.ToString(CultureInfo.InvariantCulture),
                        ["chunks"] = chunks.ToString(CultureInfo.InvariantCulture),
                        ["retention"] = options.Reports.ToString(),
                        ["reports"] = string.Join(",", ids),
                    }),
                    db,
                    cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            total += removed;
        }
        while (removed == Chunk);

        return total;
    }
}

using ComplianceHub.Reporting.Reports.Contents;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting.Reports.Generation;

/// <summary>
/// Generates a pending report in the caller's unit of work: streams its rows from the database into chunks, hashes
/// and signs the content and stores the summary. A completed report is left alone; any other (pending, half-written,
/// failed and replayed) is written again from its first chunk.
/// </summary>
public sealed class ReportGenerator(
    ReportingDbContext db, ReportSignatures signatures, AdequacyDecisions adequacy, ReportingOptions options, TimeProvider clock)
{
    /// <summary>The completed report, or null when there is none to generate (unknown id, already completed).</summary>
    internal async Task<GeneratedReport?> GenerateAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null || report.Status == ReportStatus.Completed)
        {
            return null;
        }

        await db.ReportChunks.Where(c => c.ReportId == report.Id).ExecuteDeleteAsync(cancellationToken);
        report.Status = ReportStatus.Generating;
        report.Failure = null;
        await db.SaveChangesAsync(cancellationToken);

        var zone = TimeZoneInfo.FindSystemTimeZoneById(report.TimeZone);
        using var writer = new ReportContentWriter(db, report.Id, options.ChunkBytes, options.MaxAttachmentBytes);
        var input = new ReportInput(db, report, zone, writer);
        var summary = report.Type switch
        {
            ReportType.ProcessingActivitySummary => await ProcessingActivitySummaryContent.WriteAsync(input, cancellationToken),
            ReportType.DataSubjectRequestLog => await DataSubjectRequestLogContent.WriteAsync(input, cancellationToken),
            ReportType.CrossBorderTransferAudit => await CrossBorderTransferAuditContent.WriteAsync(input, adequacy, cancellationToken),
            ReportType.ProcessorCompliance => await ProcessorComplianceContent.WriteAsync(input, options.ProcessorAuditInterval, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown report type {report.Type}."),
        };
        var (sha256, content) = await writer.CompleteAsync(cancellationToken);

        report.RowCount = writer.Rows;
        report.ContentLength = writer.Length;
        report.Sha256 = sha256;
        report.Summary = summary.ToJson(writer.Rows); // before signing: the signature covers the summary the email shows
        (report.SigningKeyId, report.Signature) = signatures.Sign(report, sha256);
        report.Status = ReportStatus.Completed;
        report.CompletedAt = Instants.Normalize(clock.GetUtcNow());
        return new GeneratedReport(report, content);
    }
}

using ComplianceHub.Reporting.Contracts;
using ComplianceHub.Reporting.Reports.Generation;

namespace ComplianceHub.Reporting.Reports.Distribution;

/// <summary>
/// The hand-off to the Notifications module: a completed scheduled report goes to the recipients of its
/// organisation's enabled schedule for its type. On-demand reports are not emailed: whoever asked fetches them from
/// the API (an ad-hoc run must not mail the whole recipient list). The email carries the summary, not the rows; the
/// CSV is attached unless it exceeds <c>Modules:Reporting:MaxAttachmentBytes</c>.
/// </summary>
public sealed class DistributionHandOff(ReportingDbContext db)
{
    internal async Task<ReportDistributionRequested?> RequestFor(GeneratedReport generated, CancellationToken cancellationToken)
    {
        var report = generated.Report;
        if (report.Trigger != ReportTrigger.Scheduled)
        {
            return null;
        }

        var schedule = await db.Schedules.AsNoTracking()
            .SingleOrDefaultAsync(s => s.OrganizationId == report.OrganizationId && s.Type == report.Type, cancellationToken);
        if (schedule is not { Enabled: true } || schedule.Recipients.Count == 0)
        {
            return null;
        }

        var note = generated.Content is null
            ? $"The CSV ({report.ContentLength} bytes) is too large to attach: fetch it with GET /api/v1/reports/{report.Id}/content?format=csv and check it with GET /api/v1/reports/{report.Id}/verify."
            : $"The CSV is attached; its SHA-256 is the digest above. Check it any time with GET /api/v1/reports/{report.Id}/verify.";
        return new ReportDistributionRequested
        {
            ReportId = report.Id,
            OrganizationId = report.OrganizationId,
            ReportType = report.Type.ToString(),
            PeriodStart = report.PeriodStart,
            PeriodEnd = report.PeriodEnd,
            Recipients = [.. schedule.Recipients],
            Subject = ReportHtml.Title(report),
            HtmlSummary = ReportHtml.Summary(report, note),
            AttachmentFileName = ReportTitles.FileName(report, "csv"),
            Attachment = generated.Content,
            Sha256 = report.Sha256!,
        };
    }
}

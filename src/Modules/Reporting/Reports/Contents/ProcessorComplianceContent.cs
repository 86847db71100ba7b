using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Residency;

namespace ComplianceHub.Reporting.Reports.Contents;

/// <summary>
/// Processor Compliance (Art. 28): every processor in the register, in the order registered, judged on the period's
/// last day. Flags: MissingDpa (no Art. 28(3) contract signed by then), AuditOverdue (never audited, or the last audit
/// older than <c>Modules:Reporting:ProcessorAuditInterval</c>; Art. 28(3)(h)), ThirdCountryWithoutTransfer (established
/// outside the EEA with no transfer to it in the transfer register, Art. 44). Terminated processors are listed unflagged.
/// </summary>
internal static class ProcessorComplianceContent
{
    public const string MissingDpa = "MissingDpa";
    public const string AuditOverdue = "AuditOverdue";
    public const string ThirdCountryWithoutTransfer = "ThirdCountryWithoutTransfer";

    public static readonly string[] Columns =
        ["processorId", "name", "country", "status", "dpaSignedOn", "subProcessors", "lastAuditOn", "flags"];

    public static async Task<ReportSummary> WriteAsync(ReportInput input, TimeSpan auditInterval, CancellationToken cancellationToken)
    {
        var (db, report, _, writer) = input;
        var summary = new ReportSummary(MissingDpa, AuditOverdue, ThirdCountryWithoutTransfer);
        summary.Set(ReportSummary.Counts, "processors", 0);
        summary.Set(ReportSummary.Counts, "flagged", 0);
        writer.Header(Columns);
        // The transfer register is small (tens of entries): its recipients are held to match processors against.
        var transfers = (await db.Transfers.AsNoTracking().Where(t => t.OrganizationId == report.OrganizationId)
                .Select(t => new { t.Recipient, t.DestinationCountry }).ToListAsync(cancellationToken))
            .Select(t => (t.Recipient.Trim().ToUpperInvariant(), t.DestinationCountry)).ToHashSet();
        var auditDueAfter = report.PeriodEnd.AddDays(-(int)Math.Ceiling(auditInterval.TotalDays));
        var processors = db.Processors.AsNoTracking().Where(p => p.OrganizationId == report.OrganizationId);
        var fields = new string?[Columns.Length];
        await foreach (var rows in RegisterPages.InOrderAsync(processors, cancellationToken))
        {
            foreach (var p in rows)
            {
                List<string> flags = [];
                if (p.Status != ProcessorStatus.Terminated)
                {
                    if (p.DpaSignedOn is null || p.DpaSignedOn > report.PeriodEnd)
                    {
                        flags.Add(MissingDpa);
                    }

                    if (p.LastAuditOn is null || p.LastAuditOn < auditDueAfter)
                    {
                        flags.Add(AuditOverdue);
                    }

                    if (!EeaCountries.Contains(p.Country) && !transfers.Contains((p.Name.Trim().ToUpperInvariant(), p.Country)))
                    {
                        flags.Add(ThirdCountryWithoutTransfer);
                    }
                }

                fields[0] = p.Id.ToString("D");
                fields[1] = p.Name;
                fields[2] = p.Country;
                fields[3] = p.Status.ToString();
                fields[4] = ReportCsv.Day(p.DpaSignedOn);
                fields[5] = string.Join("; ", p.SubProcessors);
                fields[6] = ReportCsv.Day(p.LastAuditOn);
                fields[7] = string.Join(' ', flags);
                writer.Row(fields);
                summary.Add(ReportSummary.Counts, "processors");
                summary.AddFlags(flags);
                summary.Add("byStatus", p.Status.ToString());
            }

            await writer.FlushAsync(cancellationToken);
        }

        return summary;
    }
}

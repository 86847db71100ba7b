using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Residency;

namespace ComplianceHub.Reporting.Reports.Contents;

/// <summary>
/// Cross-border Transfer Audit (Art. 44–49): every transfer in the register, in the order registered, its safeguard
/// judged on the last day of the period. Flags: NoSafeguard (Art. 45 adequacy claimed, none in force), Expired (the
/// safeguard lapsed before the period's last day), MissingImpactAssessment (Art. 46 SCC / Art. 47 BCR without a
/// transfer impact assessment, Schrems II), Derogation (Art. 49: occasional transfers only, review), ScopedAdequacy
/// (a decision that covers named recipients only, e.g. the EU-US DPF: confirm the recipient is covered).
/// <c>deliveries</c> counts the alert deliveries in the period that handed personal data to a channel provider under
/// the entry (ADR 0017); the summary also counts those made under an adequacy decision alone, with no entry to show them.
/// </summary>
internal static class CrossBorderTransferAuditContent
{
    public const string NoSafeguard = "NoSafeguard";
    public const string Expired = "Expired";
    public const string MissingImpactAssessment = "MissingImpactAssessment";
    public const string Derogation = "Derogation";
    public const string ScopedAdequacy = "ScopedAdequacy";

    public static readonly string[] Columns =
        ["transferId", "recipient", "destinationCountry", "mechanism", "impactAssessedOn", "expiresOn", "flags", "deliveries"];

    public static async Task<ReportSummary> WriteAsync(ReportInput input, AdequacyDecisions adequacy, CancellationToken cancellationToken)
    {
        var (db, report, _, writer) = input;
        var summary = new ReportSummary(NoSafeguard, Expired, MissingImpactAssessment, Derogation, ScopedAdequacy);
        summary.Set(ReportSummary.Counts, "transfers", 0);
        summary.Set(ReportSummary.Counts, "flagged", 0);
        var performed = db.PerformedTransfers.AsNoTracking()
            .Where(p => p.OrganizationId == report.OrganizationId && p.TransferredAt >= report.From && p.TransferredAt < report.Until);
        summary.Set(ReportSummary.Counts, "deliveries", await performed.CountAsync(cancellationToken));
        summary.Set(ReportSummary.Counts, "deliveriesWithoutEntry", await performed.CountAsync(p => p.TransferId == null, cancellationToken));
        writer.Header(Columns);
        var transfers = db.Transfers.AsNoTracking().Where(t => t.OrganizationId == report.OrganizationId);
        var fields = new string?[Columns.Length];
        await foreach (var rows in RegisterPages.InOrderAsync(transfers, cancellationToken))
        {
            // The page is read whole before its delivery counts: one connection, no second reader while one is open.
            var ids = rows.Select(t => (Guid?)t.Id).ToList();
            var deliveries = await performed.Where(p => ids.Contains(p.TransferId))
                .GroupBy(p => p.TransferId!.Value).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            foreach (var t in rows)
            {
                var flags = Flags(t, report.PeriodEnd, adequacy);
                fields[0] = t.Id.ToString("D");
                fields[1] = t.Recipient;
                fields[2] = t.DestinationCountry;
                fields[3] = t.Mechanism.ToString();
                fields[4] = ReportCsv.Day(t.ImpactAssessedOn);
                fields[5] = ReportCsv.Day(t.ExpiresOn);
                fields[6] = string.Join(' ', flags);
                fields[7] = deliveries.GetValueOrDefault(t.Id).ToString(System.Globalization.CultureInfo.InvariantCulture);
                writer.Row(fields);
                summary.Add(ReportSummary.Counts, "transfers");
                summary.AddFlags(flags);
                summary.Add("byMechanism", t.Mechanism.ToString());
            }

            await writer.FlushAsync(cancellationToken);
        }

        return summary;
    }

    /// <summary>The flags of one transfer as of <paramref name="day"/>, the period's last day.</summary>
    public static List<string> Flags(Transfer transfer, DateOnly day, AdequacyDecisions adequacy)
    {
        List<string> flags = [];
        var decision = adequacy.Find(transfer.DestinationCountry);
        var withinEea = EeaCountries.Contains(transfer.DestinationCountry);
        switch (transfer.Mechanism)
        {
            case TransferMechanism.Adequacy when !adequacy.IsAdequate(transfer.DestinationCountry, day):
                flags.Add(NoSafeguard);
                break;
            case TransferMechanism.Adequacy when !withinEea && decision?.Scope is not null:
                flags.Add(ScopedAdequacy);
                break;
            case TransferMechanism.SCC or TransferMechanism.BCR when transfer.ImpactAssessedOn is null && !withinEea:
                flags.Add(MissingImpactAssessment);
                break;
            case TransferMechanism.Derogation:
                flags.Add(Derogation);
                break;
        }

        if (transfer.ExpiresOn < day)
        {
            flags.Add(Expired);
        }

        return flags;
    }
}

namespace ComplianceHub.Reporting.Reports;

internal static class ReportTitles
{
    public static string Of(ReportType type) => type switch
    {
        ReportType.ProcessingActivitySummary => "Processing Activity Summary",
        ReportType.DataSubjectRequestLog => "Data Subject Request Log",
        ReportType.CrossBorderTransferAudit => "Cross-border Transfer Audit",
        ReportType.ProcessorCompliance => "Processor Compliance",
        _ => type.ToString(),
    };

    public static string FileName(Report report, string extension) =>
        $"{report.Type}-{report.PeriodStart:yyyy-MM-dd}-{report.PeriodEnd:yyyy-MM-dd}.{extension}";
}

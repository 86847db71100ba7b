namespace ComplianceHub.Reporting.Reports;

/// <summary>The four reports of the product brief; the URL form is the name itself (<c>/reports/ProcessorCompliance/generate</c>).</summary>
public enum ReportType
{
    ProcessingActivitySummary,
    DataSubjectRequestLog,
    CrossBorderTransferAudit,
    ProcessorCompliance,
}

namespace ComplianceHub.Reporting.Reports;

internal enum ReportStatus
{
    Pending,
    Generating,
    Completed,
    Failed,
}

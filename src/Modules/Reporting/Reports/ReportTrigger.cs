namespace ComplianceHub.Reporting.Reports;

public enum ReportTrigger
{
    OnDemand,
    Scheduled,
}

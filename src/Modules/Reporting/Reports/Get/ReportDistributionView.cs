namespace ComplianceHub.Reporting.Reports.Get;

/// <summary>
/// How a scheduled report's email distribution ended, as the Notifications module reported it: how many recipients,
/// delivered, failed, and when. Counts only: who received it (personal data) is in the delivery evidence there.
/// </summary>
public sealed record ReportDistributionView(int Recipients, int Delivered, int Failed, DateTimeOffset At);

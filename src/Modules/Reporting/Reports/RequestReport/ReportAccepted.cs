namespace ComplianceHub.Reporting.Reports.Generate;

public sealed record ReportAccepted(Guid Id, string Status, DateOnly PeriodStart, DateOnly PeriodEnd, string TimeZone);

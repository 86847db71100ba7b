using ComplianceHub.Reporting.Reports.Get;

namespace ComplianceHub.Reporting.Reports.List;

public sealed record ReportPage(IReadOnlyList<ReportView> Items, int Page, int PageSize, int Total);

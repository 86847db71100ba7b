namespace ComplianceHub.Reporting.Reports;

/// <summary>The routes that read stored reports (list, status, content, verification): who may read them, said once.</summary>
internal static class ReportReaders
{
    public static RouteHandlerBuilder ForReportReaders(this RouteHandlerBuilder route, string name, string summary) =>
        route.WithName(name).WithTags("Reports").WithSummary(summary)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo, Roles.Auditor));
}

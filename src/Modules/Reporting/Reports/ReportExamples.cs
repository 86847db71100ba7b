using ComplianceHub.Reporting.Reports.Generate;

namespace ComplianceHub.Reporting.Reports;

/// <summary>The examples the OpenAPI document shows for the report operations.</summary>
internal static class ReportExamples
{
    public static readonly GenerateReportRequest Generate = new()
    {
        PeriodStart = new DateOnly(2026, 11, 1),
        PeriodEnd = new DateOnly(2026, 11, 30),
        TimeZone = "Europe/Berlin",
    };

    public static readonly ReportAccepted Accepted = new(
        Guid.Parse("5b0e3c1a-7d2f-4a9b-8c6e-1f2a3b4c5d6e"), "Pending", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), "Europe/Berlin");
}

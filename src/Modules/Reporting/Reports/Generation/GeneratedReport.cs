namespace ComplianceHub.Reporting.Reports.Generation;

/// <summary>A report just completed, with its whole content when it fits the attachment limit.</summary>
internal sealed record GeneratedReport(Report Report, byte[]? Content);

namespace ComplianceHub.Reporting.Reports;

/// <summary>The module's own command: generate the pending report (sent through the outbox with the report row).</summary>
public sealed record GenerateReport
{
    public required Guid ReportId { get; init; }
}

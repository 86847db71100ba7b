namespace ComplianceHub.Reporting.Reports.Generate;

/// <summary>The period's calendar days, both included, in <see cref="TimeZone"/> (default: the organisation's).</summary>
public sealed record GenerateReportRequest
{
    /// <summary>For platform callers only: the organisation the report is for.</summary>
    public Guid? OrganizationId { get; init; }

    public DateOnly? PeriodStart { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    /// <summary>IANA time zone, e.g. Europe/Berlin.</summary>
    public string? TimeZone { get; init; }
}

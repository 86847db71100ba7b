namespace ComplianceHub.Reporting.Schedules;

/// <summary>How a report's email distribution ended, as the Notifications module reported it (per-recipient evidence is there).</summary>
internal sealed class ReportDistribution
{
    public Guid Id { get; init; }

    public Guid ReportId { get; init; }

    public Guid OrganizationId { get; init; }

    public int Recipients { get; set; }

    public int Delivered { get; set; }

    public int Failed { get; set; }

    public DateTimeOffset CompletedAt { get; set; }
}

using MassTransit;

namespace ComplianceHub.Reporting.Reports;

/// <summary>
/// Queues a report: the pending row and its <see cref="GenerateReport"/> command are stored in the caller's unit of
/// work, so the report is generated exactly once or not requested at all. Used by the API and by the schedules.
/// </summary>
internal sealed class ReportRequests(ReportingDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Adds the pending report; the caller saves. A scheduled report whose period already has one returns null:
    /// a trigger that fires twice (two hosts, a recovered misfire) makes one report.
    /// </summary>
    public async Task<Report?> AddAsync(
        Guid organizationId, ReportType type, ReportPeriod period, ReportTrigger trigger, string requestedBy,
        IPublishEndpoint outbox, CancellationToken cancellationToken)
    {
        string? scheduleKey = trigger == ReportTrigger.Scheduled ? period.ScheduleKey(type) : null;
        if (scheduleKey is not null
            && await db.Reports.AnyAsync(r => r.OrganizationId == organizationId && r.ScheduleKey == scheduleKey, cancellationToken))
        {
            return null;
        }

        var report = new Report
        {
            Id = NewId.NextGuid(),
            OrganizationId = organizationId,
            Type = type,
            Trigger = trigger,
            ScheduleKey = scheduleKey,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            TimeZone = period.TimeZone.Id,
            From = period.From,
            Until = period.Until,
            Status = ReportStatus.Pending,
            RequestedAt = Instants.Normalize(clock.GetUtcNow()),
            RequestedBy = requestedBy,
        };
        db.Reports.Add(report);
        await outbox.Publish(new GenerateReport { ReportId = report.Id }, cancellationToken);
        return report;
    }
}

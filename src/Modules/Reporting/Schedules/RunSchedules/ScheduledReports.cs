using ComplianceHub.Reporting.Reports;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>Queues the report of a period that a schedule fired for, once per period whatever fires how often.</summary>
internal sealed class ScheduledReports(ReportingDbContext db, ReportRequests requests, IModuleOutbox<ReportingDbContext> outbox)
{
    public const string RequestedBy = "schedule";

    /// <summary>The queued report's id, or null when the period already has its report.</summary>
    public async Task<Guid?> QueueAsync(Guid organizationId, ReportType type, ReportPeriod period, CancellationToken cancellationToken)
    {
        var report = await requests.AddAsync(organizationId, type, period, ReportTrigger.Scheduled, RequestedBy, outbox.PublishEndpoint, cancellationToken);
        if (report is null)
        {
            return null;
        }

        try
        {
            // The report row and its GenerateReport command commit together (the outbox), or neither does.
            await db.SaveChangesAsync(cancellationToken);
            return report.Id;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another host fired the same period between our check and our insert: its report is the one.
            db.ChangeTracker.Clear();
            return null;
        }
    }
}

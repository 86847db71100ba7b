namespace ComplianceHub.Reporting.RequestLog;

/// <summary>
/// Upserts the request log from the DataSubjectRequests events. Every event only adds facts, so replays change nothing
/// and order does not matter: a Completed or Extended arriving before Received creates the row, and Received fills in
/// the type and receipt later; the deadline only ever moves later (an Art. 12(3) extension). Two events racing to
/// create the same row meet the primary key; the loser's transaction rolls back and its retry updates the row.
/// </summary>
public sealed class RequestLogProjection(ReportingDbContext db)
{
    internal async Task<RequestLogEntry> EntryAsync(Guid requestId, Guid organizationId, CancellationToken cancellationToken)
    {
        var entry = await db.RequestLog.SingleOrDefaultAsync(e => e.RequestId == requestId, cancellationToken);
        if (entry is null)
        {
            entry = new RequestLogEntry { RequestId = requestId, OrganizationId = organizationId };
            db.RequestLog.Add(entry);
        }
        else if (entry.OrganizationId != organizationId)
        {
            // Ids are global: an event naming another organisation for a known request is a producer bug, never applied.
            throw new InvalidOperationException($"Request {requestId} belongs to another organisation.");
        }

        return entry;
    }

    internal static DateTimeOffset Later(DateTimeOffset? known, DateTimeOffset incoming)
    {
        var normalized = Instants.Normalize(incoming);
        return known is { } current && current > normalized ? current : normalized;
    }
}

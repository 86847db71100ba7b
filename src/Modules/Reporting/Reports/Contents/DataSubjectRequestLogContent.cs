namespace ComplianceHub.Reporting.Reports.Contents;

/// <summary>
/// Data Subject Request Log (Art. 12(3), 15–22): every request open at some point of the period — received in it, or
/// received before and not completed before it started — in order of receipt. Each row is the request as it stood at
/// the end of the period: a completion (or extension) after the period shows as open (not extended). Overdue: completed
/// after its deadline, or still open at the end of the period with the deadline passed.
/// </summary>
internal static class DataSubjectRequestLogContent
{
    public const string Overdue = "Overdue";

    public static readonly string[] Columns =
        ["requestId", "requestType", "receivedAt", "dueAt", "extendedAt", "completedAt", "outcome", "status", "overdue"];

    public static async Task<ReportSummary> WriteAsync(ReportInput input, CancellationToken cancellationToken)
    {
        var (db, report, _, writer) = input;
        var summary = new ReportSummary(Overdue);
        // Counted in locals and dictionaries keyed by the few types and outcomes: the summary takes them at the end.
        long requests = 0, receivedInPeriod = 0, completedInPeriod = 0, openAtPeriodEnd = 0, extendedCount = 0, overdueCount = 0;
        var byType = new Dictionary<string, long>(StringComparer.Ordinal);
        var byOutcome = new Dictionary<string, long>(StringComparer.Ordinal);
        writer.Header(Columns);
        var (from, until) = (report.From, report.Until);
        var entries = db.RequestLog.AsNoTracking()
            .Where(e => e.OrganizationId == report.OrganizationId && e.ReceivedAt != null && e.ReceivedAt < until
                && (e.ReceivedAt >= from || e.CompletedAt == null || e.CompletedAt >= from));
        DateTimeOffset? afterAt = null;
        var afterId = Guid.Empty;
        var fields = new string?[Columns.Length];
        while (true)
        {
            var page = afterAt is { } at
                ? entries.Where(e => e.ReceivedAt >= at && (e.ReceivedAt > at || e.RequestId > afterId))
                : entries;
            var read = 0;
            await foreach (var e in page.OrderBy(e => e.ReceivedAt).ThenBy(e => e.RequestId).Take(ReportInput.PageSize)
                .Select(e => new { e.RequestId, e.RequestType, e.ReceivedAt, e.DueAt, e.ExtendedAt, e.CompletedAt, e.Outcome })
                .AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                read++;
                (afterAt, afterId) = (e.ReceivedAt, e.RequestId);
                var completed = e.CompletedAt < until ? e.CompletedAt : null;
                var extended = e.ExtendedAt < until ? e.ExtendedAt : null;
                var overdue = completed is { } done ? done > e.DueAt : e.DueAt < until;
                var outcome = completed is null ? null : e.Outcome;
                fields[0] = e.RequestId.ToString("D");
                fields[1] = e.RequestType;
                fields[2] = input.Instant(e.ReceivedAt);
                fields[3] = input.Instant(e.DueAt);
                fields[4] = input.Instant(extended);
                fields[5] = input.Instant(completed);
                fields[6] = outcome;
                fields[7] = completed is null ? "Open" : "Completed";
                fields[8] = ReportCsv.Bool(overdue);
                writer.Row(fields);

                requests++;
                receivedInPeriod += e.ReceivedAt >= from ? 1 : 0;
                completedInPeriod += completed is not null ? 1 : 0;
                openAtPeriodEnd += completed is null ? 1 : 0;
                extendedCount += extended is not null ? 1 : 0;
                overdueCount += overdue ? 1 : 0;
                byType[e.RequestType ?? ""] = byType.GetValueOrDefault(e.RequestType ?? "") + 1;
                byOutcome[outcome ?? "Open"] = byOutcome.GetValueOrDefault(outcome ?? "Open") + 1;
            }

            await writer.FlushAsync(cancellationToken);
            if (read < ReportInput.PageSize)
            {
                break;
            }
        }

        summary.Set(ReportSummary.Counts, "requests", requests);
        summary.Set(ReportSummary.Counts, "receivedInPeriod", receivedInPeriod);
        summary.Set(ReportSummary.Counts, "completedInPeriod", completedInPeriod);
        summary.Set(ReportSummary.Counts, "openAtPeriodEnd", openAtPeriodEnd);
        summary.Set(ReportSummary.Counts, "extended", extendedCount);
        summary.Set(ReportSummary.Flags, Overdue, overdueCount);
        foreach (var (type, count) in byType)
        {
            summary.Set("byType", type, count);
        }

        foreach (var (outcome, count) in byOutcome)
        {
            summary.Set("byOutcome", outcome, count);
        }

        return summary;
    }
}

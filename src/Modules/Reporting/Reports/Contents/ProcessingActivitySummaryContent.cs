using System.Text.Json;
using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Reports.Contents;

/// <summary>
/// Processing Activity Summary (Art. 30): every change in the period to the records of processing — the processing
/// activities and the transfer and processor entries they refer to (Art. 30(1)(d), (e)) — in the order made. The
/// activities in the register at the end of the period are counted from the history: created minus deleted.
/// </summary>
internal static class ProcessingActivitySummaryContent
{
    public static readonly string[] Columns = ["changedAt", "register", "action", "entryId", "name", "changedFields"];

    public static async Task<ReportSummary> WriteAsync(ReportInput input, CancellationToken cancellationToken)
    {
        var (db, report, _, writer) = input;
        var summary = new ReportSummary();
        summary.Set(ReportSummary.Counts, "changes", 0);
        foreach (var register in Enum.GetValues<RegisterKind>())
        {
            foreach (var action in Enum.GetValues<ChangeAction>())
            {
                summary.Set(ReportSummary.Counts, Key(register, action), 0);
            }
        }

        writer.Header(Columns);
        var (from, until) = (report.From, report.Until);
        var changes = db.RegisterChanges.AsNoTracking()
            .Where(c => c.OrganizationId == report.OrganizationId && c.ChangedAt >= from && c.ChangedAt < until);
        DateTimeOffset? afterAt = null;
        var afterId = 0L;
        var fields = new string?[Columns.Length];
        while (true)
        {
            var page = afterAt is { } at ? changes.Where(c => c.ChangedAt >= at && (c.ChangedAt > at || c.Id > afterId)) : changes;
            var read = 0;
            await foreach (var c in page.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Take(ReportInput.PageSize)
                .AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                read++;
                (afterAt, afterId) = (c.ChangedAt, c.Id);
                fields[0] = input.Instant(c.ChangedAt);
                fields[1] = c.Register.ToString();
                fields[2] = c.Action.ToString();
                fields[3] = c.EntryId.ToString("D");
                fields[4] = NameIn(c.Snapshot);
                fields[5] = string.Join("; ", c.ChangedFields);
                writer.Row(fields);
                summary.Add(ReportSummary.Counts, "changes");
                summary.Add(ReportSummary.Counts, Key(c.Register, c.Action));
            }

            await writer.FlushAsync(cancellationToken);
            if (read < ReportInput.PageSize)
            {
                break;
            }
        }

        var history = db.RegisterChanges.Where(c => c.OrganizationId == report.OrganizationId
            && c.Register == RegisterKind.ProcessingActivity && c.ChangedAt < until);
        var created = await history.CountAsync(c => c.Action == ChangeAction.Created, cancellationToken);
        var deleted = await history.CountAsync(c => c.Action == ChangeAction.Deleted, cancellationToken);
        summary.Set(ReportSummary.Counts, "activitiesAtPeriodEnd", created - deleted);
        return summary;
    }

    private static string Key(RegisterKind register, ChangeAction action) => $"{char.ToLowerInvariant(register.ToString()[0])}{register.ToString()[1..]}{action}";

    /// <summary>The entry's name as it stood (a transfer is named by its recipient); empty when the snapshot has none.</summary>
    private static string NameIn(string snapshot)
    {
        try
        {
            using var document = JsonDocument.Parse(snapshot);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Name is "name" or "Name" or "recipient" or "Recipient" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString()!;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A malformed snapshot leaves the name empty rather than failing the report.
        }

        return "";
    }
}

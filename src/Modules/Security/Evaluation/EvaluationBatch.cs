namespace ComplianceHub.Security.Evaluation;

/// <summary>
/// The events one evaluation message decides on, in arrival order (received instant, then id: ids are sequential
/// within a submission): every event of the source still waiting that arrived no later than the message's own, and up
/// to a look-ahead of those that arrived after them. The look-ahead takes whole submissions only. Their own messages
/// are still queued behind this one and will find them decided. So a source whose messages queue up is caught up by one
/// evaluation, not by one per message, and its events are still decided in the order they arrived.
/// </summary>
internal static class EvaluationBatch
{
    public static async Task<List<SecurityEvent>> LoadAsync(SecurityDbContext db, EvaluateSecurityEvents message, int lookAhead, CancellationToken cancellationToken)
    {
        var ids = message.EventIds.ToList();
        var waiting = db.Events.AsNoTracking()
            .Where(e => e.OrganizationId == message.OrganizationId && e.Source == message.Source && e.EvaluatedAt == null);
        // The newest arrival among the message's own events (decided or not): nothing arrived up to it may wait longer.
        var own = db.Events.Where(e => e.OrganizationId == message.OrganizationId && ids.Contains(e.Id)).Select(e => (DateTimeOffset?)e.ReceivedAt);
        var due = await waiting.Where(e => e.ReceivedAt <= own.Max()).ToListAsync(cancellationToken);

        var ahead = lookAhead == 0
            ? []
            : await waiting.Where(e => e.ReceivedAt > own.Max()).OrderBy(e => e.ReceivedAt).ThenBy(e => e.Id)
                .Take(lookAhead + 1).ToListAsync(cancellationToken);
        if (ahead.Count > lookAhead)
        {
            // The last submission read may be cut short: leave it whole to its own message.
            var cut = ahead[^1].ReceivedAt;
            ahead.RemoveAll(e => e.ReceivedAt == cut);
        }

        // In memory, so every provider gives the same order (SQL Server orders uniqueidentifiers by their last bytes).
        return [.. due.Concat(ahead).OrderBy(e => e.ReceivedAt).ThenBy(e => e.Id)];
    }
}

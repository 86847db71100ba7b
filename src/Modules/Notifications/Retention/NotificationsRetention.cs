using System.Globalization;
using ComplianceHub.Notifications.Webhooks;
using ComplianceHub.Shared.Audit;

namespace ComplianceHub.Notifications.Retention;

/// <summary>
/// Deletes, for real, what the retention settings no longer allow to keep: acknowledged or resolved alerts past
/// <see cref="NotificationsRetentionOptions.Alerts"/> with their delivery attempts and escalation steps, and finished
/// webhook deliveries past theirs. Each chunk is deleted and recorded in the audit trail in one transaction.
/// </summary>
public sealed class NotificationsRetention(NotificationsDbContext db, IAuditTrail audit, NotificationsRetentionOptions options)
{
    private const int Chunk = 1_000;

    /// <summary>Purges everything past retention at <paramref name="now"/>; returns the alerts and webhook deliveries deleted.</summary>
    public async Task<(int Alerts, int WebhookDeliveries)> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var alertsBefore = now - options.Alerts;
        var webhooksBefore = now - options.WebhookDeliveries;
        int alerts = 0, deliveries = 0, removed;
        do
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await db.Alerts.Where(a => a.Status != AlertStatus.Open && a.RaisedAt < alertsBefore)
                .OrderBy(a => a.RaisedAt).Select(a => a.Id).Take(Chunk).ToListAsync(cancellationToken);
            var attempts = await db.DeliveryAttempts.Where(d => ids.Contains(d.AlertId)).ExecuteDeleteAsync(cancellationToken);
            await db.EscalationSteps.Where(s => ids.Contains(s.AlertId)).ExecuteDeleteAsync(cancellationToken);
            removed = await db.Alerts.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            if (removed > 0)
            {
                await RecordAsync("alerts", removed, attempts, options.Alerts, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            alerts += removed;
        }
        while (removed == Chunk);

        do
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await db.Set<WebhookDelivery>()
                .Where(d => d.CreatedAt < webhooksBefore && (d.DeliveredAt != null || d.FailedAt != null))
                .OrderBy(d => d.CreatedAt).Select(d => d.Id).Take(Chunk).ToListAsync(cancellationToken);
            removed = await db.Set<WebhookDelivery>().Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
            if (removed > 0)
            {
                await RecordAsync("webhook-deliveries", removed, 0, options.WebhookDeliveries, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            deliveries += removed;
        }
        while (removed == Chunk);

        return (alerts, deliveries);
    }

    private Task RecordAsync(string what, int count, int attempts, TimeSpan retention, CancellationToken cancellationToken) =>
        audit.AppendAsync(
            new AuditRecord(AuditTypes.NotificationsPurged, AuditRecord.SystemActor, $"notifications:{what}", new Dictionary<string, string?>
            {
                ["deleted"] = count.ToString(CultureInfo.InvariantCulture),
                ["deliveryAttempts"] = attempts.ToString(CultureInfo.InvariantCulture),
                ["retention"] = retention.ToString(),
            }),
            db,
            cancellationToken);
}

using ComplianceHub.Notifications.Contracts;
using ComplianceHub.Notifications.Escalation;
using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging.Outbox;
using MassTransit;

namespace ComplianceHub.Notifications.Acknowledge;

/// <summary>
/// Acknowledges an alert, from the API or a signed link: in one transaction the alert is marked, its pending escalation
/// timer is deleted, <see cref="AlertAcknowledged"/> is published and the audit trail records who did it. Deliveries
/// already on their way check the status and stop.
/// </summary>
public sealed class AlertAcknowledgements(
    NotificationsDbContext db, IModuleOutbox<NotificationsDbContext> outbox, IAuditTrail audit, PersonalDataProtector personalData, TimeProvider clock)
{
    /// <summary>True when this call acknowledged it; false when it was acknowledged already (or concurrently).</summary>
    internal async Task<bool> AcknowledgeAsync(Alert alert, string actor, string? note, CancellationToken cancellationToken)
    {
        if (alert.Status != AlertStatus.Open)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Instants.Normalize(clock.GetUtcNow());
        alert.Status = AlertStatus.Acknowledged;
        alert.AcknowledgedAt = now;
        alert.AcknowledgedBy = actor;
        alert.AcknowledgeNote = personalData.ProtectOptional(string.IsNullOrWhiteSpace(note) ? null : note.Trim(), alert.Id, nameof(Alert.AcknowledgeNote));
        alert.Revision++;
        if (alert.EscalationTokenId is { } token)
        {
            await outbox.Scheduler.CancelScheduledPublish<EscalateAlert>(token, cancellationToken);
            alert.EscalationTokenId = null;
        }

        await outbox.PublishEndpoint.Publish(
            new AlertAcknowledged { AlertId = alert.Id, OrganizationId = alert.OrganizationId, AcknowledgedBy = actor, AcknowledgedAt = now },
            cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return false;
        }

        await audit.AppendAsync(new AuditRecord(AuditTypes.AlertAcknowledged, actor, $"alert/{alert.Id}", OrganizationId: alert.OrganizationId), db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

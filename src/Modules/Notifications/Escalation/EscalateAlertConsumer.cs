using MassTransit;

namespace ComplianceHub.Notifications.Escalation;

/// <summary>The escalation timer fired: if still nobody acknowledged the alert, the next level is told.</summary>
public sealed class EscalateAlertConsumer(NotificationsDbContext db, EscalationStepTaker steps) : IConsumer<EscalateAlert>
{
    public async Task Consume(ConsumeContext<EscalateAlert> context)
    {
        var step = context.Message;
        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Id == step.AlertId, context.CancellationToken);
        // An acknowledgement cancels the timer in its own transaction; this check covers a timer already on its way.
        if (alert is null || alert.Status != AlertStatus.Open)
        {
            return;
        }

        await steps.TakeAsync(context, alert, step.Level, step.Round, step.RoundStartedAt);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}

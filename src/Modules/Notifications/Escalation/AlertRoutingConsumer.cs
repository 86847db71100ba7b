using ComplianceHub.Notifications.Contracts;
using ComplianceHub.Notifications.Directory;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Notifications.Escalation;

/// <summary>A raised alert is routed (its country's regional DPO, else the group DPO) and takes the first step of its escalation ladder.</summary>
public sealed class AlertRoutingConsumer(NotificationsDbContext db, EscalationStepTaker steps, TimeProvider clock, ILogger<AlertRoutingConsumer> logger)
    : IConsumer<AlertRaised>
{
    public async Task Consume(ConsumeContext<AlertRaised> context)
    {
        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Id == context.Message.AlertId, context.CancellationToken);
        if (alert is null || alert.Status != AlertStatus.Open || await db.EscalationSteps.AnyAsync(s => s.AlertId == alert.Id, context.CancellationToken))
        {
            return;
        }

        var dpos = await steps.DirectoryOfAsync(alert, context.CancellationToken);
        alert.RoutedTo = DpoRouting.Resolve(dpos, alert.Country)?.Id;
        if (alert.RoutedTo is null)
        {
            logger.LogWarning("Alert {AlertId} has no DPO to go to: the organisation has none in its directory", alert.Id);
        }

        await steps.TakeAsync(context, alert, level: 0, round: 1, clock.GetUtcNow(), dpos);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}

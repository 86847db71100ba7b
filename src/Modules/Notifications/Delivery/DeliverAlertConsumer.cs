using ComplianceHub.Notifications.Channels;
using ComplianceHub.Notifications.Directory;
using MassTransit;

namespace ComplianceHub.Notifications.Delivery;

/// <summary>
/// Decides how an alert reaches one DPO now: the channels of its priority (or the DPO's own choice), in their working
/// hours or not. Medium alerts outside working hours wait for the next window, Low ones for the daily digest; every
/// other delivery fans out into one message per channel, each retried on its own.
/// </summary>
public sealed class DeliverAlertConsumer(NotificationsDbContext db, DeliveryEvidence evidence, TimeProvider clock) : IConsumer<DeliverAlert>
{
    public async Task Consume(ConsumeContext<DeliverAlert> context)
    {
        var request = context.Message;
        var alert = await db.Alerts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.AlertId, context.CancellationToken);
        var dpo = await db.Dpos.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.DpoId, context.CancellationToken);
        if (alert is null || dpo is null || alert.Status != AlertStatus.Open)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var plan = ChannelMatrix.Plan(alert.Priority, WorkingHoursCalendar.IsWorkingTime(dpo, now), dpo.ChannelPreferences);
        if (plan.Digest && !request.Deferred)
        {
            // Low: into the digest at the start of the DPO's next working window.
            var digestAt = WorkingHoursCalendar.NextWorkingStart(dpo, now.AddMinutes(1));
            await evidence.RecordAsync(
                new AttemptEvidence(alert.Id, ChannelKind.Email, dpo.Id, request.Level, DeliveryOutcome.Deferred)
                {
                    Error = $"Low priority: in the digest at {digestAt:O}",
                },
                context.CancellationToken);
            await context.SchedulePublish(digestAt.UtcDateTime, new SendDigest(dpo.Id), context.CancellationToken);
            await db.SaveChangesAsync(context.CancellationToken);
            return;
        }

        if (plan.Defer && !request.Deferred)
        {
            var next = WorkingHoursCalendar.NextWorkingStart(dpo, now);
            await evidence.RecordAsync(
                new AttemptEvidence(alert.Id, plan.Channels.FirstOrDefault(ChannelKind.Email), dpo.Id, request.Level, DeliveryOutcome.Deferred)
                {
                    Error = $"Outside working hours: deferred to {next:O}",
                },
                context.CancellationToken);
            await context.SchedulePublish(next.UtcDateTime, request with { Deferred = true }, context.CancellationToken);
            await db.SaveChangesAsync(context.CancellationToken);
            return;
        }

        var deliveryStart = now;
        IReadOnlyList<ChannelKind> planned = plan.Channels.Count > 0 ? plan.Channels : [ChannelKind.Email, ChannelKind.InApp];
        foreach (var channel in planned)
        {
            await context.Publish(
                new SendAlertOnChannel
                {
                    AlertId = alert.Id,
                    DpoId = dpo.Id,
                    Channel = channel,
                    Level = request.Level,
                    DeliveryId = NewId.NextGuid(),
                    FirstAttemptAt = deliveryStart,
                    Planned = planned,
                },
                context.CancellationToken);
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }
}

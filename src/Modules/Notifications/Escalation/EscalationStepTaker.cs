using ComplianceHub.Notifications.Delivery;
using ComplianceHub.Notifications.Directory;
using MassTransit;

namespace ComplianceHub.Notifications.Escalation;

/// <summary>
/// Takes one step of an alert's escalation ladder: tells that level's DPOs, records the step and, for Critical and High
/// alerts, sets the timer for the next step (cancelled by the acknowledgement). Waits count from the start of the round;
/// after the top level the ladder starts again, up to the policy's repeat count. Near a legal deadline the waits shrink.
/// </summary>
public sealed class EscalationStepTaker(NotificationsDbContext db, TimeProvider clock)
{
    /// <summary>The DPOs of the alert's organisation.</summary>
    internal Task<List<Dpo>> DirectoryOfAsync(Alert alert, CancellationToken cancellationToken) =>
        db.Dpos.AsNoTracking().Where(d => d.OrganizationId == alert.OrganizationId).ToListAsync(cancellationToken);

    /// <param name="dpos">The organisation's directory when the caller has it already; read otherwise.</param>
    internal async Task TakeAsync(ConsumeContext context, Alert alert, int level, int round, DateTimeOffset roundStartedAt, IReadOnlyList<Dpo>? dpos = null)
    {
        var now = clock.GetUtcNow();
        dpos ??= await DirectoryOfAsync(alert, context.CancellationToken);
        var regional = DpoRouting.Regional(dpos, alert.Country);
        var policy = await db.EscalationPolicies.AsNoTracking()
            .FirstOrDefaultAsync(p => p.OrganizationId == alert.OrganizationId && p.IsDefault, context.CancellationToken);
        var ladder = EscalationLadder.For(policy);
        var targets = EscalationLadder.Targets(ladder.Levels[level], regional, dpos).Select(d => d.Id).Distinct().ToList();
        foreach (var dpo in targets)
        {
            await context.Publish(new DeliverAlert(alert.Id, dpo, level), context.CancellationToken);
        }

        db.EscalationSteps.Add(new EscalationStep { Id = NewId.NextGuid(), AlertId = alert.Id, Level = level, Round = round, At = now, Recipients = targets });
        alert.EscalationTokenId = null;
        if (alert.Priority is not (AlertPriority.Critical or AlertPriority.High))
        {
            return;
        }

        var (nextLevel, nextRound, nextRoundStart) = level + 1 < ladder.Levels.Count
            ? (level + 1, round, roundStartedAt)
            : (0, round + 1, now + TimeSpan.FromMinutes(Math.Max(ladder.Levels[^1].WaitMinutes, 1)));
        if (nextRound > ladder.RepeatCount)
        {
            return;
        }

        var planned = nextRoundStart + TimeSpan.FromMinutes(ladder.Levels[nextLevel].WaitMinutes) - now;
        var due = now + EscalationLadder.Wait(planned < TimeSpan.Zero ? TimeSpan.Zero : planned, now, alert.Deadline);
        var timer = await context.SchedulePublish(due.UtcDateTime, new EscalateAlert(alert.Id, nextLevel, nextRound, nextRoundStart), context.CancellationToken);
        alert.EscalationTokenId = timer.TokenId;
    }
}

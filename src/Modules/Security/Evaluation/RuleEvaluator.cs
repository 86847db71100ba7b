using ComplianceHub.Security.Data;
using ComplianceHub.Security.Domain;
using ComplianceHub.Security.Rules;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Security.Evaluation;

/// <summary>Runs the Art. 32 rules over stored events, one after another in the given order.</summary>
public sealed class RuleEvaluator(SecurityDbContext db, AlertWriter alerts, ThresholdsLookup thresholds, TimeProvider clock)
{
    internal async Task EvaluateAsync(EvaluateSecurityEvents message, IPublishEndpoint publish, CancellationToken cancellationToken)
    {
        var ids = message.EventIds.ToList();
        var events = await db.Events.AsNoTracking().Where(e => e.OrganizationId == message.OrganizationId && ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var t = await thresholds.ForAsync(message.OrganizationId, cancellationToken);
        var state = new RuleState(db, message.OrganizationId);
        var access = events.Values.Where(e => e.Type == SecurityEventType.AccessControl && e.EvaluatedAt is null).ToList();
        var longest = AccessControlRules.LongestWindow(t);
        var activity = new PrincipalActivity(db, message.OrganizationId, access, longest);
        await state.PreloadReadsAsync(access.SelectMany(e => Hours(e.Principal!, e.OccurredAt - longest, e.OccurredAt)), cancellationToken);
        // The whole message first: the rollups then bound every window as the stored events do (a batch may arrive newest first).
        foreach (var e in access)
        {
            state.AddActivity(e.Principal!, e.OccurredAt, e.RecordsRead ?? 0, e.Outcome == AccessOutcome.Denied);
        }

        // The principals a rule could fire for (known up front, see AccessControlRules.Candidate): their events and
        // firings in one query each, not one per principal.
        var candidates = access.Where(e => AccessControlRules.Candidate(state, e, t) is (true, _) or (_, true)).Select(e => e.Principal!).Distinct().ToList();
        await activity.LoadAsync(candidates, cancellationToken);
        await state.PreloadFiringsAsync([RepeatedDenialsRule.Name, AccessPatternRule.Name], candidates, cancellationToken);

        var evaluated = new List<Guid>();
        foreach (var id in ids)
        {
            if (!events.TryGetValue(id, out var e) || e.EvaluatedAt is not null)
            {
                continue;
            }

            var raised = e.Type switch
            {
                SecurityEventType.AccessControl => await AccessControlRules.EvaluateAsync(activity, state, e, t, cancellationToken),
                SecurityEventType.EncryptionStatus => await SystemRules.EncryptionAsync(state, e, t, cancellationToken),
                SecurityEventType.BackupVerification => await SystemRules.BackupAsync(state, e, cancellationToken),
                _ => [SystemRules.Vulnerability(e)],
            };
            foreach (var alert in raised)
            {
                await alerts.RaiseAsync(publish, alert, cancellationToken);
            }

            evaluated.Add(e.Id);
        }

        // Set-based, in the consumer's transaction with the alerts and the rule state: the rollups, then the decision instant.
        await state.SaveRollupsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.Events.Where(e => evaluated.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.EvaluatedAt, now), cancellationToken);
    }

    private static IEnumerable<(string, DateTimeOffset)> Hours(string principal, DateTimeOffset from, DateTimeOffset to)
    {
        for (var hour = RuleWindows.HourOf(from); hour <= to; hour = hour.AddHours(1))
        {
            yield return (principal, hour);
        }
    }
}

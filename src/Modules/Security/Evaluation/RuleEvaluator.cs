using ComplianceHub.Security.Rules;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Security.Evaluation;

/// <summary>Runs the Art. 32 rules over stored events of one source, one after another in the order they arrived.</summary>
public sealed class RuleEvaluator(SecurityDbContext db, AlertWriter alerts, ThresholdsLookup thresholds, IOptions<SecurityMonitoringOptions> options, TimeProvider clock)
{
    internal async Task EvaluateAsync(EvaluateSecurityEvents message, IPublishEndpoint publish, CancellationToken cancellationToken)
    {
        var events = await EvaluationBatch.LoadAsync(db, message, options.Value.EvaluationLookAhead, cancellationToken);
        if (events.Count == 0)
        {
            return; // decided already, by an evaluation that looked ahead
        }

        var t = await thresholds.ForAsync(message.OrganizationId, cancellationToken);
        var state = new RuleState(db, message.OrganizationId);
        var access = events.Where(e => e.Type == SecurityEventType.AccessControl).ToList();
        var longest = AccessControlRules.LongestWindow(t);
        var activity = new PrincipalActivity(db, message.OrganizationId, access, longest);
        await state.PreloadReadsAsync(access.SelectMany(e => Hours(e.Principal!, e.OccurredAt - longest, e.OccurredAt)), cancellationToken);
        // The whole batch first: the rollups then bound every window as the stored events do (a batch may arrive newest first).
        foreach (var e in access)
        {
            state.AddActivity(e.Principal!, e.OccurredAt, e.RecordsRead ?? 0, e.Outcome == AccessOutcome.Denied);
        }

        // The principals a rule could fire for (known up front, see AccessControlRules.Candidate): their events and
        // firings in one query each, not one per principal.
        var candidates = access.Where(e => AccessControlRules.Candidate(state, e, t) is (true, _) or (_, true)).Select(e => e.Principal!).Distinct().ToList();
        await activity.LoadAsync(candidates, cancellationToken);
        await state.PreloadFiringsAsync([RepeatedDenialsRule.Name, AccessPatternRule.Name], candidates, cancellationToken);

        foreach (var e in events)
        {
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
        }

        // Set-based, in the consumer's transaction with the alerts and the rule state: the rollups, then the decision instant.
        await state.SaveRollupsAsync(cancellationToken);
        // Only where still undecided: an evaluation of the same events that committed first (another host, or a
        // redelivery racing this one) leaves a short count, and this one rolls back and is retried on the new state.
        var now = clock.GetUtcNow();
        var evaluated = events.Select(e => e.Id).ToList();
        var decided = await db.Events.Where(e => evaluated.Contains(e.Id) && e.EvaluatedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.EvaluatedAt, now), cancellationToken);
        if (decided != evaluated.Count)
        {
            throw new DbUpdateConcurrencyException($"{evaluated.Count - decided} of {evaluated.Count} events were decided by a concurrent evaluation; this one is retried on the new state.");
        }
    }

    private static IEnumerable<(string, DateTimeOffset)> Hours(string principal, DateTimeOffset from, DateTimeOffset to)
    {
        for (var hour = RuleWindows.HourOf(from); hour <= to; hour = hour.AddHours(1))
        {
            yield return (principal, hour);
        }
    }
}

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
        var events = await db.Events.Where(e => e.OrganizationId == message.OrganizationId && ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var t = await thresholds.ForAsync(message.OrganizationId, cancellationToken);
        var state = new RuleState(db, message.OrganizationId);
        var access = events.Values.Where(e => e.Type == SecurityEventType.AccessControl && e.EvaluatedAt is null).ToList();
        var activity = await PrincipalActivity.LoadAsync(db, message.OrganizationId, access, AccessControlRules.LongestWindow(t), cancellationToken);
        await state.PreloadReadsAsync(access.Where(e => e.RecordsRead > 0).Select(e => (e.Principal!, RuleWindows.HourOf(e.OccurredAt))), cancellationToken);
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

            e.EvaluatedAt = clock.GetUtcNow(); // the decision instant: what event-to-alert latency is measured to
        }
    }
}

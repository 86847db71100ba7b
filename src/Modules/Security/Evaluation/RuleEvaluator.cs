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
        foreach (var id in ids)
        {
            if (!events.TryGetValue(id, out var e) || e.EvaluatedAt is not null)
            {
                continue;
            }

            var raised = e.Type switch
            {
                SecurityEventType.AccessControl => await AccessControlRules.EvaluateAsync(db, state, e, t, cancellationToken),
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

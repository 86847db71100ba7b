using ComplianceHub.Security.Evaluation;
using ComplianceHub.Security.Rules;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Security.Scheduled;

/// <summary>
/// The scheduled half of the backup rule (Art. 32(1)(c), (d)): every system that has had backup verifications but no
/// successful one within the organisation's period raises one Medium alert per stale period. Idempotent: a second
/// host running the same check at once conflicts on the system's revision and raises nothing twice.
/// </summary>
public sealed class BackupVerificationCheck(
    SecurityDbContext db, ThresholdsLookup thresholds, AlertWriter alerts, IModuleOutbox<SecurityDbContext> outbox, TimeProvider clock)
{
    /// <summary>Runs the check once; the number of alerts raised.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.Systems.Where(s => s.FirstVerificationAt != null).ToListAsync(cancellationToken);
        var raised = 0;
        foreach (var organization in candidates.GroupBy(s => s.OrganizationId))
        {
            var t = await thresholds.ForAsync(organization.Key, cancellationToken);
            foreach (var system in organization)
            {
                var view = new MonitoredSystemView(system.FirstVerificationAt, system.LastSuccessfulVerificationAt, system.StaleAlertedFor);
                if (!BackupRule.Stale(view, now, t))
                {
                    continue;
                }

                system.StaleAlertedFor = BackupRule.Reference(view);
                system.Revision++;
                await alerts.RaiseAsync(outbox.PublishEndpoint, Alert(system, t, now), cancellationToken);
                raised++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return raised;
    }

    private static NewSecurityAlert Alert(MonitoredSystem system, RuleThresholds t, DateTimeOffset now) => new()
    {
        OrganizationId = system.OrganizationId,
        Type = SecurityEventType.BackupVerification,
        Priority = BackupRule.Priority,
        Rule = BackupRule.StaleName,
        Title = "Backup verification overdue",
        Summary = system.LastSuccessfulVerificationAt is { } last
            ? $"No successful backup restore test of {system.System} since {last:u} (policy: every {t.BackupVerificationMaxAgeDays} days)."
            : $"No successful backup restore test of {system.System} since its first verification at {system.FirstVerificationAt:u} (policy: every {t.BackupVerificationMaxAgeDays} days).",
        Subject = system.System,
        OccurredAt = now,
    };
}

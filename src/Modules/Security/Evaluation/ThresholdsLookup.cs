using ComplianceHub.Security.Rules;

namespace ComplianceHub.Security.Evaluation;

/// <summary>An organisation's thresholds: its own, else the configured defaults.</summary>
public sealed class ThresholdsLookup(SecurityDbContext db, SecurityMonitoringOptions options)
{
    public async Task<RuleThresholds> ForAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await db.Rules.AsNoTracking().Where(r => r.OrganizationId == organizationId).Select(r => r.Thresholds)
            .FirstOrDefaultAsync(cancellationToken) ?? options.Rules;
}

using ComplianceHub.Security.Rules;

namespace ComplianceHub.Security.SecurityRules;

/// <summary>An organisation's thresholds, all at once (omitted fields take the built-in defaults).</summary>
public sealed record SecurityRulesRequest
{
    /// <summary>Platform callers only: whose thresholds.</summary>
    public Guid? OrganizationId { get; init; }

    public RuleThresholds? Thresholds { get; init; }
}

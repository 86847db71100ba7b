using ComplianceHub.Security.Rules;

namespace ComplianceHub.Security.SecurityRules;

/// <summary>The thresholds in force for an organisation, and whether they are its own or the configured defaults.</summary>
public sealed record SecurityRulesView(Guid OrganizationId, bool IsDefault, RuleThresholds Thresholds);

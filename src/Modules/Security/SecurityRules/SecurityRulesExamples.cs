using ComplianceHub.Security.Rules;

namespace ComplianceHub.Security.SecurityRules;

/// <summary>The rule thresholds the OpenAPI document shows: ten denied attempts, two systems holding personal data.</summary>
internal static class SecurityRulesExamples
{
    public static readonly SecurityRulesRequest Rules = new()
    {
        Thresholds = new RuleThresholds { DeniedAttempts = 10, PersonalDataSystems = ["customer-db", "hr-db"] },
    };
}

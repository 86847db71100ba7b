namespace ComplianceHub.Security.Rules;

/// <summary>
/// Encryption status (Art. 32(1)(a)): Disabled → High (and a potential breach where the system holds personal data);
/// Degraded, or a key older than the policy → Medium. A system alerts when its condition changes to a worse or
/// different non-Ok one; the same condition reported again raises nothing.
/// </summary>
internal static class EncryptionRule
{
    public const string Name = "EncryptionStatus";

    public static EncryptionCondition Condition(EncryptionState status, int? keyAgeDays, RuleThresholds t) => status switch
    {
        EncryptionState.Disabled => EncryptionCondition.Disabled,
        EncryptionState.Degraded => EncryptionCondition.Degraded,
        _ when keyAgeDays > t.KeyAgePolicyDays => EncryptionCondition.KeyTooOld,
        _ => EncryptionCondition.Ok,
    };

    public static bool Fires(EncryptionCondition now, EncryptionCondition before) => now != EncryptionCondition.Ok && now != before;

    public static AlertPriority Priority(EncryptionCondition condition) =>
        condition == EncryptionCondition.Disabled ? AlertPriority.High : AlertPriority.Medium;
}

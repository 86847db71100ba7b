namespace ComplianceHub.Notifications.Directory.EscalationPolicies;

public sealed record EscalationPolicyView(Guid Id, Guid OrganizationId, string Name, IReadOnlyList<EscalationLevel> Levels, int RepeatCount, bool IsDefault)
{
    internal static EscalationPolicyView Of(EscalationPolicy policy) =>
        new(policy.Id, policy.OrganizationId, policy.Name, policy.Levels, policy.RepeatCount, policy.IsDefault);
}

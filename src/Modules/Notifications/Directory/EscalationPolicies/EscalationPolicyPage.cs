namespace ComplianceHub.Notifications.Directory.EscalationPolicies;

public sealed record EscalationPolicyPage(IReadOnlyList<EscalationPolicyView> Items, int Page, int PageSize, int Total);

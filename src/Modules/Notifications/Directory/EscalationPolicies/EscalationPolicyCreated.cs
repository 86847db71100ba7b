namespace ComplianceHub.Notifications.Directory.EscalationPolicies;

public sealed record EscalationPolicyCreated(Guid Id);

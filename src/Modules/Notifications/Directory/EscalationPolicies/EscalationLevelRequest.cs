namespace ComplianceHub.Notifications.Directory.EscalationPolicies;

/// <summary>One rung: targets are "regional", "deputy", "group" or ids of the organisation's DPOs.</summary>
public sealed record EscalationLevelRequest(IReadOnlyList<string>? Targets, int? WaitMinutes);

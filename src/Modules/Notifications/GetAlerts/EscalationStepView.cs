namespace ComplianceHub.Notifications.GetAlerts;

/// <summary>One escalation step: level, round, instant and the DPOs told.</summary>
public sealed record EscalationStepView(int Level, int Round, DateTimeOffset At, IReadOnlyList<Guid> Recipients);

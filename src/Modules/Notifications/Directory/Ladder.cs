namespace ComplianceHub.Notifications.Directory;

/// <summary>An escalation ladder to climb: its levels and how many times the whole ladder runs.</summary>
internal sealed record Ladder(IReadOnlyList<EscalationLevel> Levels, int RepeatCount);

namespace ComplianceHub.Notifications.Escalation;

/// <summary>The escalation timer of an unacknowledged alert: alert <paramref name="Level"/> of round <paramref name="Round"/> now.</summary>
public sealed record EscalateAlert(Guid AlertId, int Level, int Round, DateTimeOffset RoundStartedAt);

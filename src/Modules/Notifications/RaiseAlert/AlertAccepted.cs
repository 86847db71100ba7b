namespace ComplianceHub.Notifications.RaiseAlert;

/// <summary>The 202 answer to a raised alert.</summary>
public sealed record AlertAccepted(Guid Id);

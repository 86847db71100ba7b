namespace ComplianceHub.Notifications.Directory;

/// <summary>A DPO's working window on one weekday, in their own time zone (End after Start; no overnight windows).</summary>
public sealed record WorkingPeriod(DayOfWeek Day, TimeOnly Start, TimeOnly End);

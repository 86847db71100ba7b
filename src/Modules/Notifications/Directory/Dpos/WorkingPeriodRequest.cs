namespace ComplianceHub.Notifications.Directory.Dpos;

/// <summary>One working window: <c>{ "day": "Monday", "start": "09:00", "end": "17:30" }</c>, local to the DPO.</summary>
public sealed record WorkingPeriodRequest(string? Day, string? Start, string? End);

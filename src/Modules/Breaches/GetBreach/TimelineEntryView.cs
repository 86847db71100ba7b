namespace ComplianceHub.Breaches.GetBreach;

/// <summary>One event in the breach's history.</summary>
public sealed record TimelineEntryView(DateTimeOffset At, string Kind, string Actor, string Detail);

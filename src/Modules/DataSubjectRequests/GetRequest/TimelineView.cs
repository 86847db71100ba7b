namespace ComplianceHub.DataSubjectRequests.GetRequest;

/// <summary>One entry of the request's timeline.</summary>
public sealed record TimelineView(DateTimeOffset At, string Kind, string Actor, string Detail);

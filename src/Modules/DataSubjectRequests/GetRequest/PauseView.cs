namespace ComplianceHub.DataSubjectRequests.GetRequest;

/// <summary>A time the clock stood still while identity information was awaited.</summary>
public sealed record PauseView(DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

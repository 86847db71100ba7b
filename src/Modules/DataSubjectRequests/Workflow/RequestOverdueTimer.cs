namespace ComplianceHub.DataSubjectRequests.Workflow;

/// <summary>The deadline timer came due; <see cref="DueAt"/> is the deadline it was planned for.</summary>
public sealed record RequestOverdueTimer(Guid RequestId, DateTimeOffset DueAt);

namespace ComplianceHub.DataSubjectRequests.Workflow;

/// <summary>A reminder timer came due; <see cref="DueAt"/> is the deadline it was planned for.</summary>
public sealed record RequestReminderTimer(Guid RequestId, int Reminder, DateTimeOffset DueAt);

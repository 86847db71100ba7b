namespace ComplianceHub.DataSubjectRequests.Workflow;

/// <summary>The deadline moved (a pause started or ended, an extension) or the clock stopped: the workflow re-plans its timers.</summary>
public sealed record RequestDeadlineMoved(Guid RequestId, DateTimeOffset DueAt, bool ClockStopped);

/// <summary>A reminder timer came due; <see cref="DueAt"/> is the deadline it was planned for.</summary>
public sealed record RequestReminderTimer(Guid RequestId, int Reminder, DateTimeOffset DueAt);

/// <summary>The deadline timer came due; <see cref="DueAt"/> is the deadline it was planned for.</summary>
public sealed record RequestOverdueTimer(Guid RequestId, DateTimeOffset DueAt);

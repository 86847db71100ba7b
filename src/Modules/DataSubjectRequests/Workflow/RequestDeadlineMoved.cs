namespace ComplianceHub.DataSubjectRequests.Workflow;

/// <summary>The deadline moved (a pause started or ended, an extension) or the clock stopped: the workflow re-plans its timers.</summary>
public sealed record RequestDeadlineMoved(Guid RequestId, DateTimeOffset DueAt, bool ClockStopped);

namespace ComplianceHub.Shared.Messaging.Metrics;

public sealed record OutboxSnapshot(long Backlog, double OldestAgeSeconds, long Parked, long PendingTimers);

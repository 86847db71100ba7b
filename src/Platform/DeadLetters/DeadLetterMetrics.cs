namespace ComplianceHub.Shared.DeadLetters;

/// <summary><c>GET /api/v1/dead-letters/metrics</c>: oldest and newest by first failure, absent when the store is empty.</summary>
public sealed record DeadLetterMetrics(
    int TotalEvents, int EventsToday, DateTimeOffset? OldestEvent, DateTimeOffset? NewestEvent, IReadOnlyList<ReasonCount> TopFailureReasons);

public sealed record ReasonCount(string Reason, int Count);

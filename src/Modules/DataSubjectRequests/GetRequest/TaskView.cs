namespace ComplianceHub.DataSubjectRequests.GetRequest;

/// <summary>One fulfilment system's task.</summary>
public sealed record TaskView(Guid Id, Guid SystemId, string SystemName, string Delivery, string Status, DateTimeOffset? SentAt, DateTimeOffset? CompletedAt, string? Outcome, string? Evidence);

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>The answer to a replay: the entry, and the id the replayed message travels under (the original one).</summary>
public sealed record ReplayAccepted(Guid Id, Guid MessageId);

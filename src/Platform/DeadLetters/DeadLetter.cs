namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// A message that could not be processed: kept (payload encrypted at rest) with why it failed and every attempt, for
/// triage and replay by an operator — evidence that no message was silently dropped (Art. 5(2)).
/// </summary>
public sealed class DeadLetter
{
    public Guid Id { get; set; }

    public Guid? MessageId { get; set; }

    /// <summary>The message type URN (e.g. <c>urn:message:ComplianceHub.Breaches.Contracts:BreachReported</c>).</summary>
    public required string MessageType { get; set; }

    /// <summary>The queue the message failed on.</summary>
    public required string SourceQueue { get; set; }

    /// <summary>Short and free of personal data: what kind of failure and which exception type.</summary>
    public required string Reason { get; set; }

    public required string ExceptionType { get; set; }

    public int FailureCount { get; set; }

    public DateTimeOffset FirstFailedAt { get; set; }

    public DateTimeOffset LastFailedAt { get; set; }

    /// <summary>Higher first: how much a failure of this message type threatens a legal deadline.</summary>
    public int Impact { get; set; }

    /// <summary>Attempts as JSON: number, time, kind, exception type and the delay that followed (messages are in the payload).</summary>
    public required string Attempts { get; set; }

    /// <summary>When an operator last replayed it; cleared when the replay fails again (a success removes the entry).</summary>
    public DateTimeOffset? ReplayedAt { get; set; }

    public int Replays { get; set; }

    /// <summary>Set by retention: out of the live store (and its metrics and alerting), still listed on request.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Encrypted (AES-256-GCM, the entry id as associated data): body, headers and error messages.</summary>
    public required byte[] Payload { get; set; }
}

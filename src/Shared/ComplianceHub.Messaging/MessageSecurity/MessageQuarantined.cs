namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// Security event (Art. 32): a message failed signature verification, or reached a node outside the EEA, and was
/// quarantined in the dead-letter store without reaching any consumer.
/// </summary>
public sealed record MessageQuarantined
{
    public required Guid DeadLetterId { get; init; }

    public Guid? MessageId { get; init; }

    public required string Queue { get; init; }

    /// <summary>Missing, UnknownKey, Invalid or Stale (signature), or Residency.</summary>
    public required string Check { get; init; }

    public string? KeyId { get; init; }

    public required DateTimeOffset At { get; init; }
}

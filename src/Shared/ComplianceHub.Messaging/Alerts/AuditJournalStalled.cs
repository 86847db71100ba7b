namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Operations alert: message events could not be appended to the audit trail for a while; they stay queued (and the
/// bus slows down once the queue is full) until the trail accepts them again. Never dropped silently.
/// </summary>
public sealed record AuditJournalStalled
{
    public required int Pending { get; init; }

    public required DateTimeOffset FailingSince { get; init; }

    /// <summary>The exception type only: a message text may quote data.</summary>
    public required string Error { get; init; }
}

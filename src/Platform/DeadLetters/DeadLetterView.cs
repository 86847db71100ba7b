namespace ComplianceHub.Shared.DeadLetters;

/// <summary>An entry as the API lists it; the payload is never part of it.</summary>
public sealed record DeadLetterView(
    Guid Id,
    Guid? MessageId,
    string MessageType,
    string SourceQueue,
    string Reason,
    string ExceptionType,
    int FailureCount,
    DateTimeOffset FirstFailedAt,
    DateTimeOffset LastFailedAt,
    int Impact,
    string Attempts,
    DateTimeOffset? ReplayedAt,
    int Replays,
    DateTimeOffset? ArchivedAt)
{
    public static DeadLetterView Of(DeadLetter d) =>
        new(d.Id, d.MessageId, d.MessageType, d.SourceQueue, d.Reason, d.ExceptionType, d.FailureCount, d.FirstFailedAt, d.LastFailedAt, d.Impact, d.Attempts, d.ReplayedAt, d.Replays, d.ArchivedAt);
}

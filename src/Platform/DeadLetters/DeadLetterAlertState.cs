namespace ComplianceHub.Shared.DeadLetters;

/// <summary>The one row that remembers when the last alert was raised, shared by every host.</summary>
public sealed class DeadLetterAlertState
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public DateTimeOffset? LastRaisedAt { get; set; }
}

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>Operations alert: the dead-letter store holds at least the threshold of live entries (raised at most once per cooldown).</summary>
public sealed record DeadLetterThresholdReached
{
    public required int TotalEvents { get; init; }

    public required int Threshold { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }
}

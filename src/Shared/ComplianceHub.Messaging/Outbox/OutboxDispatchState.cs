namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>What a dispatcher remembers between rounds, to skip queries that cannot return rows.</summary>
internal sealed class OutboxDispatchState
{
    /// <summary>False once a round found no row waiting for a retry; a failed send sets it again.</summary>
    public bool RetriesPossible { get; set; } = true;

    public DateTimeOffset NextTimerCheck { get; set; } = DateTimeOffset.MinValue;
}

namespace ComplianceHub.Notifications.Delivery;

/// <summary>One step an unacknowledged alert climbed: which level, in which round, to whom.</summary>
internal sealed class EscalationStep
{
    public Guid Id { get; init; }

    public Guid AlertId { get; init; }

    public int Level { get; init; }

    /// <summary>1 for the first pass through the policy, up to its repeat count.</summary>
    public int Round { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The DPO ids alerted at this step.</summary>
    public List<Guid> Recipients { get; init; } = [];
}

namespace ComplianceHub.Notifications.Directory;

/// <summary>
/// How an unacknowledged Critical or High alert climbs: level by level, each after its wait, the whole ladder repeated
/// <see cref="RepeatCount"/> times. With no policy of its own an organisation uses <see cref="EscalationLevel.Default"/>.
/// </summary>
internal sealed class EscalationPolicy
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public required string Name { get; set; }

    public List<EscalationLevel> Levels { get; set; } = [];

    public int RepeatCount { get; set; } = 3;

    /// <summary>The policy used for the organisation's alerts (one per organisation).</summary>
    public bool IsDefault { get; set; }
}

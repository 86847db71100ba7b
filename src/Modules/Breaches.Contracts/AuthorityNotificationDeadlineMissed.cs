namespace ComplianceHub.Breaches.Contracts;

/// <summary>
/// 72 hours have elapsed since awareness and a required authority was not notified (Art. 33(1)): a critical alert;
/// the notification is still owed and must now carry the reasons for the delay.
/// </summary>
public sealed record AuthorityNotificationDeadlineMissed
{
    public required Guid BreachId { get; init; }

    public Guid? OrganizationId { get; init; }

    public required DateTimeOffset AuthorityDeadline { get; init; }

    public required IReadOnlyList<string> OutstandingAuthorities { get; init; }

    /// <summary>Always <c>Critical</c>: the legal deadline has passed.</summary>
    public string Priority { get; init; } = "Critical";
}

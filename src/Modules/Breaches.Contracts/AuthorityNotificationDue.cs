namespace ComplianceHub.Breaches.Contracts;

/// <summary>A reminder: the competent supervisory authority has not been notified yet and the Art. 33(1) deadline approaches.</summary>
public sealed record AuthorityNotificationDue
{
    public required Guid BreachId { get; init; }

    public Guid? OrganizationId { get; init; }

    public required DateTimeOffset AuthorityDeadline { get; init; }

    /// <summary>Elapsed time left until the deadline when the reminder fired.</summary>
    public required TimeSpan Remaining { get; init; }

    /// <summary>1 for the first reminder (default at 24 h), 2 for the second, and so on.</summary>
    public required int Reminder { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes of the authorities still waiting for an initial notification.</summary>
    public required IReadOnlyList<string> OutstandingAuthorities { get; init; }
}

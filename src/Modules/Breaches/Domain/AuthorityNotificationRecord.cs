namespace ComplianceHub.Breaches.Domain;

/// <summary>One submission to a supervisory authority (one phase of one notification, Art. 33(4)).</summary>
internal sealed class AuthorityNotificationRecord
{
    public Guid Id { get; init; }

    public Guid BreachId { get; init; }

    public required string AuthorityCountry { get; init; }

    public NotificationPhase Phase { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The authority's case number or portal receipt.</summary>
    public string? Reference { get; init; }

    /// <summary>Art. 33(1) reasons for a late notification; encrypted (free text).</summary>
    public string? ReasonsForDelay { get; init; }

    public bool Late { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public required string RecordedBy { get; init; }
}

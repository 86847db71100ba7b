namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>The body of <c>POST /api/v1/breaches/{id}/authority-notifications</c>: a submission made to an authority.</summary>
public sealed record RecordAuthorityNotificationRequest
{
    /// <summary>ISO 3166-1 alpha-2 code of the supervisory authority's country (EU/EEA).</summary>
    public string? AuthorityCountry { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The authority's case number or portal receipt.</summary>
    public string? Reference { get; init; }

    /// <summary><c>Initial</c>, <c>FollowUp</c> or <c>Final</c> (Art. 33(4)).</summary>
    public string? Phase { get; init; }

    /// <summary>Required for an initial notification submitted after the 72-hour deadline (Art. 33(1)).</summary>
    public string? ReasonsForDelay { get; init; }
}

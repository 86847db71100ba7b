namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>One recorded submission to a supervisory authority.</summary>
public sealed record AuthorityNotificationView
{
    public required Guid Id { get; init; }

    public required string AuthorityCountry { get; init; }

    public required string Phase { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public string? Reference { get; init; }

    /// <summary>Submitted after the Art. 33(1) deadline.</summary>
    public required bool Late { get; init; }

    public string? ReasonsForDelay { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}

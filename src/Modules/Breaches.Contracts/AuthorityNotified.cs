namespace ComplianceHub.Breaches.Contracts;

/// <summary>A notification (or a further phase of one, Art. 33(4)) was submitted to a supervisory authority.</summary>
public sealed record AuthorityNotified
{
    public required Guid BreachId { get; init; }

    public Guid? OrganizationId { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the authority's country.</summary>
    public required string AuthorityCountry { get; init; }

    /// <summary><c>Initial</c>, <c>FollowUp</c> or <c>Final</c>.</summary>
    public required string Phase { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>Submitted after the 72-hour deadline (then with reasons for the delay, Art. 33(1)).</summary>
    public required bool Late { get; init; }
}

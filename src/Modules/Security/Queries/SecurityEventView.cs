namespace ComplianceHub.Security.Queries;

/// <summary>A stored event; the principal only as its pseudonym.</summary>
public sealed record SecurityEventView
{
    public required Guid Id { get; init; }
    public required Guid OrganizationId { get; init; }
    public required string Type { get; init; }
    public required string Source { get; init; }
    public required string ExternalId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset? EvaluatedAt { get; init; }
    public string? Country { get; init; }
    public string? PrincipalPseudonym { get; init; }
    public string? Resource { get; init; }
    public string? Outcome { get; init; }
    public int? RecordsRead { get; init; }
    public string? System { get; init; }
    public string? Status { get; init; }
    public int? KeyAgeDays { get; init; }
    public bool? RestoreSucceeded { get; init; }
    public decimal? CvssScore { get; init; }
    public string? Asset { get; init; }
}

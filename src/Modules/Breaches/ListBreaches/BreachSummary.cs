namespace ComplianceHub.Breaches.ListBreaches;

/// <summary>One breach in a listing.</summary>
public sealed record BreachSummary
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string Title { get; init; }

    public required string Status { get; init; }

    public string? RiskLevel { get; init; }

    public required DateTimeOffset AwareAt { get; init; }

    public required DateTimeOffset AuthorityDeadline { get; init; }

    public required bool DeadlineMissed { get; init; }

    public required IReadOnlyList<string> AffectedCountries { get; init; }

    public required DateTimeOffset ReportedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }
}

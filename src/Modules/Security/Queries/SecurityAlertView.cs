namespace ComplianceHub.Security.Queries;

public sealed record SecurityAlertView
{
    public required Guid Id { get; init; }
    public required Guid OrganizationId { get; init; }
    public required string Type { get; init; }
    public required string Priority { get; init; }
    public required string Rule { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? Subject { get; init; }
    public string? Country { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required DateTimeOffset RaisedAt { get; init; }
    public Guid? EventId { get; init; }
    public required bool PotentialBreach { get; init; }
}

namespace ComplianceHub.Reporting.Processors;

/// <summary>An entry of the processor register (Art. 28) as the API returns it and its history keeps it.</summary>
public sealed record ProcessorView
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary>Send it back with a PUT: the change applies only if nobody changed the entry in between.</summary>
    public required int Revision { get; init; }

    public required string Name { get; init; }

    public required string Country { get; init; }

    public DateOnly? DpaSignedOn { get; init; }

    public required IReadOnlyList<string> SubProcessors { get; init; }

    public DateOnly? LastAuditOn { get; init; }

    public required string Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}

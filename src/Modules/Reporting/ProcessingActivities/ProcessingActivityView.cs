namespace ComplianceHub.Reporting.ProcessingActivities;

/// <summary>A record of processing activities (Art. 30(1)) as the API returns it and its history keeps it.</summary>
public sealed record ProcessingActivityView
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary>Send it back with a PUT: the change applies only if nobody changed the entry in between.</summary>
    public required int Revision { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> Purposes { get; init; }

    public required IReadOnlyList<string> DataSubjectCategories { get; init; }

    public required IReadOnlyList<string> PersonalDataCategories { get; init; }

    public required IReadOnlyList<string> RecipientCategories { get; init; }

    public required IReadOnlyList<Guid> Transfers { get; init; }

    public required string Retention { get; init; }

    public required string SecurityMeasures { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}

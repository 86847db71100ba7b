namespace ComplianceHub.Breaches.Contracts;

/// <summary>A breach was assessed as likely to result in a high risk: the people affected must be told without undue delay (Art. 34(1)).</summary>
public sealed record DataSubjectCommunicationRequired
{
    public required Guid BreachId { get; init; }

    public Guid? OrganizationId { get; init; }

    public required int ApproxSubjectsAffected { get; init; }

    public required IReadOnlyList<string> AffectedCountries { get; init; }
}

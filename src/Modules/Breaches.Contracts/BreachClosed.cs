namespace ComplianceHub.Breaches.Contracts;

/// <summary>The breach workflow is complete; the breach stays in the Art. 33(5) register.</summary>
public sealed record BreachClosed
{
    public required Guid BreachId { get; init; }

    public Guid? OrganizationId { get; init; }

    public required DateTimeOffset ClosedAt { get; init; }
}

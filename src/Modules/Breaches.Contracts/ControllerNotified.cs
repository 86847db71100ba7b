namespace ComplianceHub.Breaches.Contracts;

/// <summary>As processor, we told the controller of the breach (Art. 33(2)).</summary>
public sealed record ControllerNotified
{
    public required Guid BreachId { get; init; }

    public Guid? OrganizationId { get; init; }

    public required DateTimeOffset NotifiedAt { get; init; }
}

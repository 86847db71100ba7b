namespace ComplianceHub.Breaches.Contracts;

/// <summary>
/// We reported the breach as a processor and have not recorded telling the controller within the configured time
/// (Art. 33(2): "without undue delay").
/// </summary>
public sealed record ControllerNotificationDue
{
    public required Guid BreachId { get; init; }

    public Guid? OrganizationId { get; init; }

    public required DateTimeOffset AwareAt { get; init; }
}

namespace ComplianceHub.ArchitectureFixtures.BadContracts;

/// <summary>Violates "contracts are immutable": a settable property.</summary>
public sealed record MutableEvent
{
    public Guid Id { get; set; }
}

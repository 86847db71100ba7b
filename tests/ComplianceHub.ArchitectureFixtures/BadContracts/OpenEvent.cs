namespace ComplianceHub.ArchitectureFixtures.BadContracts;

/// <summary>Violates "contracts are sealed records": an open class.</summary>
public class OpenEvent
{
    public Guid Id { get; init; }
}

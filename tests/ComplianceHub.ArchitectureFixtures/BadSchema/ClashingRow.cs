namespace ComplianceHub.ArchitectureFixtures.BadSchema;

public sealed class ClashingRow
{
    public Guid Id { get; init; }
}

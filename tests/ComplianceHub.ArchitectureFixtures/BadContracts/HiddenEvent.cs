namespace ComplianceHub.ArchitectureFixtures.BadContracts;

/// <summary>Violates "contracts are public".</summary>
internal sealed record HiddenEvent(Guid Id);

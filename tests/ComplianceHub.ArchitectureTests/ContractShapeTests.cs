namespace ComplianceHub.ArchitectureTests;

public sealed class ContractShapeTests
{
    [Fact]
    public void Contracts_are_public_sealed_records_with_init_properties() =>
        Assert.Empty(ContractRules.Shapes(Solution.Contracts.SelectMany(a => a.GetTypes())));

    [Fact]
    public void The_rule_catches_open_mutable_and_hidden_contracts()
    {
        var types = Solution.Fixtures.GetTypes().Where(t => t.Namespace == "ComplianceHub.ArchitectureFixtures.BadContracts");

        var violations = ContractRules.Shapes(types).ToList();

        Assert.Contains("ComplianceHub.ArchitectureFixtures.BadContracts.OpenEvent is not a sealed record", violations);
        Assert.Contains("ComplianceHub.ArchitectureFixtures.BadContracts.MutableEvent.Id has a setter that is not init-only", violations);
        Assert.Contains("ComplianceHub.ArchitectureFixtures.BadContracts.HiddenEvent is not public", violations);
        Assert.Equal(3, violations.Count);
    }
}

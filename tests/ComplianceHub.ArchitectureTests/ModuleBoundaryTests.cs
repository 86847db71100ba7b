namespace ComplianceHub.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Every_module_folder_is_covered_by_the_rules()
    {
        Assert.Equal(["Breaches", "DataSubjectRequests", "Notifications", "Reporting", "Security"], Solution.ModuleNames);
    }

    [Fact]
    public void Modules_reference_only_Shared_and_Contracts() =>
        Assert.Empty(Solution.Modules.SelectMany(BoundaryRules.ModuleReferences));

    [Fact]
    public void The_rule_catches_a_module_that_uses_another_module() =>
        Assert.Equal(["ComplianceHub.ArchitectureFixtures references ComplianceHub.Breaches"],
            BoundaryRules.ModuleReferences(Solution.Fixtures));

    [Fact]
    public void Module_projects_reference_only_Shared_and_Contracts() =>
        Assert.Empty(Solution.ModuleProjectFiles.SelectMany(BoundaryRules.ModuleProjectReferences));

    [Fact]
    public void The_project_rule_catches_a_project_reference_to_another_module()
    {
        var fixture = Path.Combine(Solution.Root, "tests", "ComplianceHub.ArchitectureFixtures", "ComplianceHub.ArchitectureFixtures.csproj");

        Assert.Equal(["ComplianceHub.ArchitectureFixtures.csproj references ComplianceHub.Breaches"],
            BoundaryRules.ModuleProjectReferences(fixture));
    }

    [Fact]
    public void Shared_references_no_module() => Assert.Empty(BoundaryRules.SharedReferences(Solution.Shared));

    [Fact]
    public void The_Shared_rule_catches_a_reference_to_a_module() =>
        Assert.Contains("ComplianceHub.ArchitectureFixtures references ComplianceHub.Breaches.Contracts",
            BoundaryRules.SharedReferences(Solution.Fixtures));

    [Fact]
    public void Contracts_reference_nothing_of_ours_but_other_Contracts() =>
        Assert.Empty(Solution.Contracts.SelectMany(BoundaryRules.ContractsReferences));

    [Fact]
    public void The_Contracts_rule_catches_a_reference_to_Shared() =>
        Assert.Contains("ComplianceHub.ArchitectureFixtures references ComplianceHub.Shared",
            BoundaryRules.ContractsReferences(Solution.Fixtures));
}

namespace ComplianceHub.ArchitectureTests;

/// <summary>Each reference rule holds for the product and fails on the fixtures, which break it on purpose.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string FixtureProject =
        Path.Combine(Solution.Root, "tests", "ComplianceHub.ArchitectureFixtures", "ComplianceHub.ArchitectureFixtures.csproj");

    [Fact]
    public void Every_module_folder_is_covered_by_the_rules()
    {
        Assert.Equal(["Breaches", "DataSubjectRequests", "Notifications", "Reporting", "Security"], Solution.ModuleNames);
        Assert.Equal(["Audit", "DeadLetters", "Idempotency", "Identity", "Operations"], Solution.PlatformNames);
    }

    [Fact]
    public void The_kernel_references_nothing_of_ours()
    {
        Assert.Empty(BoundaryRules.References(Solution.KernelAssembly, BoundaryRules.KernelMay));
        Assert.Empty(BoundaryRules.ProjectReferences(Solution.SharedProjectFile(Solution.Kernel), BoundaryRules.KernelMay));
    }

    [Fact]
    public void The_kernel_rule_catches_a_reference_to_the_backbone() =>
        Assert.Contains("ComplianceHub.ArchitectureFixtures references ComplianceHub.Messaging",
            BoundaryRules.References(Solution.Fixtures, BoundaryRules.KernelMay));

    [Fact]
    public void The_backbone_references_only_the_kernel()
    {
        Assert.Empty(BoundaryRules.References(Solution.MessagingAssembly, BoundaryRules.MessagingMay));
        Assert.Empty(BoundaryRules.ProjectReferences(Solution.SharedProjectFile(Solution.Messaging), BoundaryRules.MessagingMay));
    }

    [Fact]
    public void The_backbone_rule_catches_a_reference_to_a_platform_module() =>
        Assert.Contains("ComplianceHub.ArchitectureFixtures references ComplianceHub.Audit",
            BoundaryRules.References(Solution.Fixtures, BoundaryRules.MessagingMay));

    [Fact]
    public void Hosting_references_only_the_kernel_and_the_backbone()
    {
        Assert.Empty(BoundaryRules.References(Solution.HostingAssembly, BoundaryRules.HostingMay));
        Assert.Empty(BoundaryRules.ProjectReferences(Solution.SharedProjectFile(Solution.Hosting), BoundaryRules.HostingMay));
    }

    [Fact]
    public void Platform_modules_reference_only_the_kernel_and_the_backbone()
    {
        Assert.Empty(Solution.Platform.SelectMany(p => BoundaryRules.References(p, BoundaryRules.PlatformMay)));
        Assert.Empty(Solution.PlatformProjectFiles.SelectMany(p => BoundaryRules.ProjectReferences(p, BoundaryRules.PlatformMay)));
    }

    [Fact]
    public void The_platform_rule_catches_a_platform_module_that_uses_another() =>
        Assert.Equal(
            ["ComplianceHub.ArchitectureFixtures references ComplianceHub.Audit", "ComplianceHub.ArchitectureFixtures references ComplianceHub.Breaches",
             "ComplianceHub.ArchitectureFixtures references ComplianceHub.Breaches.Contracts", "ComplianceHub.ArchitectureFixtures references ComplianceHub.Hosting"],
            BoundaryRules.References(Solution.Fixtures, BoundaryRules.PlatformMay));

    [Fact]
    public void Modules_reference_only_the_kernel_the_backbone_and_Contracts() =>
        Assert.Empty(Solution.Modules.SelectMany(m => BoundaryRules.References(m, BoundaryRules.ModuleMay)));

    [Fact]
    public void The_module_rule_catches_a_module_that_uses_another_module_or_a_platform_module() =>
        Assert.Equal(
            ["ComplianceHub.ArchitectureFixtures references ComplianceHub.Audit", "ComplianceHub.ArchitectureFixtures references ComplianceHub.Breaches",
             "ComplianceHub.ArchitectureFixtures references ComplianceHub.Hosting"],
            BoundaryRules.References(Solution.Fixtures, BoundaryRules.ModuleMay));

    [Fact]
    public void Module_projects_reference_only_the_kernel_the_backbone_and_Contracts() =>
        Assert.Empty(Solution.ModuleProjectFiles.SelectMany(p => BoundaryRules.ProjectReferences(p, BoundaryRules.ModuleMay)));

    [Fact]
    public void The_project_rule_catches_project_references_to_other_modules() =>
        Assert.Equal(
            ["ComplianceHub.ArchitectureFixtures.csproj references ComplianceHub.Audit", "ComplianceHub.ArchitectureFixtures.csproj references ComplianceHub.Breaches",
             "ComplianceHub.ArchitectureFixtures.csproj references ComplianceHub.Hosting"],
            BoundaryRules.ProjectReferences(FixtureProject, BoundaryRules.ModuleMay));

    [Fact]
    public void Contracts_reference_nothing_of_ours_but_other_Contracts() =>
        Assert.Empty(Solution.Contracts.SelectMany(c => BoundaryRules.References(c, BoundaryRules.ContractsMay)));

    [Fact]
    public void The_Contracts_rule_catches_a_reference_to_the_kernel() =>
        Assert.Contains("ComplianceHub.ArchitectureFixtures references ComplianceHub.Kernel",
            BoundaryRules.References(Solution.Fixtures, BoundaryRules.ContractsMay));
}

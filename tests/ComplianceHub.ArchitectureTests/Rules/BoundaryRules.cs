using System.Xml.Linq;

namespace ComplianceHub.ArchitectureTests.Rules;

/// <summary>STYLE.md "Boundaries": modules meet only through Shared and each other's Contracts.</summary>
internal static class BoundaryRules
{
    /// <summary>A module's compiled references: Shared and Contracts assemblies only.</summary>
    public static IEnumerable<string> ModuleReferences(Assembly module) =>
        Ours(module).Where(r => r != "ComplianceHub.Shared" && !r.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(r => $"{module.GetName().Name} references {r}");

    /// <summary>A module's project file: the same rule before anything compiles.</summary>
    public static IEnumerable<string> ModuleProjectReferences(string projectFile) =>
        XDocument.Load(projectFile).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .Where(r => r != "ComplianceHub.Shared" && !r.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(r => $"{Path.GetFileName(projectFile)} references {r}");

    /// <summary>Shared is below every module: it references none of them, not even their Contracts.</summary>
    public static IEnumerable<string> SharedReferences(Assembly shared) =>
        Ours(shared).Select(r => $"{shared.GetName().Name} references {r}");

    /// <summary>Contracts stand alone: no reference to Shared or any implementation (other Contracts are fine).</summary>
    public static IEnumerable<string> ContractsReferences(Assembly contracts) =>
        Ours(contracts).Where(r => !r.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(r => $"{contracts.GetName().Name} references {r}");

    private static IEnumerable<string> Ours(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith(Solution.Prefix, StringComparison.Ordinal));
}

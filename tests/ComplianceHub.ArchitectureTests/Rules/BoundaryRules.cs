using System.Xml.Linq;

namespace ComplianceHub.ArchitectureTests.Rules;

/// <summary>
/// STYLE.md "Boundaries" and ADR 0019: references go one way, Kernel ← Messaging ← (Hosting, platform modules, business
/// modules) ← Host. Modules, platform or business, never reference each other; business modules meet only through
/// each other's Contracts, and platform modules are reached through the kernel's and the backbone's interfaces.
/// </summary>
internal static class BoundaryRules
{
    /// <summary>What each layer may reference of ours (a Contracts assembly matches <c>*.Contracts</c>).</summary>
    public static readonly IReadOnlyList<string> KernelMay = [];
    public static readonly IReadOnlyList<string> MessagingMay = [Solution.Kernel];
    public static readonly IReadOnlyList<string> HostingMay = [Solution.Kernel, Solution.Messaging];
    public static readonly IReadOnlyList<string> PlatformMay = [Solution.Kernel, Solution.Messaging];
    public static readonly IReadOnlyList<string> ModuleMay = [Solution.Kernel, Solution.Messaging, "*.Contracts"];
    public static readonly IReadOnlyList<string> ContractsMay = ["*.Contracts"];

    /// <summary>An assembly's compiled references of ours that <paramref name="allowed"/> does not list.</summary>
    public static IEnumerable<string> References(Assembly assembly, IReadOnlyList<string> allowed) =>
        assembly.GetReferencedAssemblies().Select(r => r.Name!)
            .Where(n => n.StartsWith(Solution.Prefix, StringComparison.Ordinal) && !Allowed(n, allowed))
            .Order(StringComparer.Ordinal)
            .Select(r => $"{assembly.GetName().Name} references {r}");

    /// <summary>A project file's references that <paramref name="allowed"/> does not list: the same rule before anything compiles.</summary>
    public static IEnumerable<string> ProjectReferences(string projectFile, IReadOnlyList<string> allowed) =>
        XDocument.Load(projectFile).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .Where(r => !Allowed(r, allowed))
            .Order(StringComparer.Ordinal)
            .Select(r => $"{Path.GetFileName(projectFile)} references {r}");

    private static bool Allowed(string name, IReadOnlyList<string> allowed) =>
        allowed.Any(a => a == name || (a == "*.Contracts" && name.EndsWith(".Contracts", StringComparison.Ordinal)));
}

namespace ComplianceHub.ArchitectureTests.Rules;

/// <summary>The product's assemblies, found from the source tree so a new module cannot slip past the rules.</summary>
internal static class Solution
{
    public const string Prefix = "ComplianceHub.";
    public static readonly Assembly Shared = Assembly.Load("ComplianceHub.Shared");
    public static readonly Assembly Fixtures = Assembly.Load("ComplianceHub.ArchitectureFixtures");

    public static IReadOnlyList<string> ModuleNames { get; } = FindModuleNames();

    public static IReadOnlyList<Assembly> Modules { get; } = [.. ModuleNames.Select(n => Assembly.Load(Prefix + n))];

    public static IReadOnlyList<Assembly> Contracts { get; } = [.. ModuleNames.Select(n => Assembly.Load(Prefix + n + ".Contracts"))];

    public static string Root { get; } = FindRoot();

    public static IEnumerable<string> ModuleProjectFiles =>
        ModuleNames.Select(n => Path.Combine(Root, "src", "Modules", n, $"{Prefix}{n}.csproj"));

    private static List<string> FindModuleNames() =>
        [.. Directory.GetDirectories(Path.Combine(FindRoot(), "src", "Modules"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.EndsWith(".Contracts", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplianceHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ComplianceHub.sln not found.");
    }
}

namespace ComplianceHub.ArchitectureTests.Rules;

/// <summary>The product's assemblies, found from the source tree so a new module cannot slip past the rules.</summary>
internal static class Solution
{
    public const string Prefix = "ComplianceHub.";
    public const string Kernel = "ComplianceHub.Kernel";
    public const string Messaging = "ComplianceHub.Messaging";
    public const string Hosting = "ComplianceHub.Hosting";

    public static readonly Assembly KernelAssembly = Assembly.Load(Kernel);
    public static readonly Assembly MessagingAssembly = Assembly.Load(Messaging);
    public static readonly Assembly HostingAssembly = Assembly.Load(Hosting);
    public static readonly Assembly Fixtures = Assembly.Load("ComplianceHub.ArchitectureFixtures");

    public static string Root { get; } = FindRoot();

    /// <summary>The business modules: src/Modules/&lt;Name&gt; without the Contracts projects.</summary>
    public static IReadOnlyList<string> ModuleNames { get; } = FolderNames("Modules");

    /// <summary>The platform modules: src/Platform/&lt;Name&gt;.</summary>
    public static IReadOnlyList<string> PlatformNames { get; } = FolderNames("Platform");

    public static IReadOnlyList<Assembly> Modules { get; } = [.. ModuleNames.Select(n => Assembly.Load(Prefix + n))];

    public static IReadOnlyList<Assembly> Platform { get; } = [.. PlatformNames.Select(n => Assembly.Load(Prefix + n))];

    public static IReadOnlyList<Assembly> Contracts { get; } = [.. ModuleNames.Select(n => Assembly.Load(Prefix + n + ".Contracts"))];

    public static IEnumerable<string> ModuleProjectFiles =>
        ModuleNames.Select(n => Path.Combine(Root, "src", "Modules", n, $"{Prefix}{n}.csproj"));

    public static IEnumerable<string> PlatformProjectFiles =>
        PlatformNames.Select(n => Path.Combine(Root, "src", "Platform", n, $"{Prefix}{n}.csproj"));

    public static string SharedProjectFile(string name) => Path.Combine(Root, "src", "Shared", name, $"{name}.csproj");

    private static List<string> FolderNames(string folder) =>
        [.. Directory.GetDirectories(Path.Combine(FindRoot(), "src", folder))
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

using System.Reflection;

namespace ComplianceHub.Testing;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The host built in the same configuration as the running tests (Debug or Release).</summary>
    public static string HostAssembly
    {
        get
        {
            var configuration = Assembly.GetExecutingAssembly().GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var path = Path.Combine(Root, "src", "Host", "bin", configuration, "net10.0", "ComplianceHub.Host.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: host not found.", path);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplianceHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ComplianceHub.sln not found above " + AppContext.BaseDirectory);
    }
}

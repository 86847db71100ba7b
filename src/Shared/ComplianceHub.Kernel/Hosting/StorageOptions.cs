using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Hosting;

/// <summary>Bound from <c>Storage</c>: where the embedded mode keeps its files.</summary>
public sealed class StorageOptions : IValidatedOptions
{
    public const string Section = "Storage";

    /// <summary>Relative paths resolve against the working directory (<c>./data</c> by default).</summary>
    public string DataDirectory { get; set; } = "data";

    public string DataDirectoryFullPath => Path.GetFullPath(DataDirectory);

    public IEnumerable<string> Validate(string section)
    {
        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            yield return $"{section}:DataDirectory is required.";
        }
        else if (DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            yield return $"{section}:DataDirectory is not a valid path.";
        }
    }
}

using System.Text.Json;
using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Breaches.Authorities;

/// <summary>
/// Bound from <c>Modules:Breaches:Authorities</c>. Authorities rename, move portals or merge; an operator points
/// <see cref="CatalogPath"/> at an edited copy of the bundled <c>supervisory-authorities.json</c> instead of
/// waiting for a release. The file is checked while the host is built; a bad file stops the start.
/// </summary>
internal sealed class SupervisoryAuthoritiesOptions : IValidatedOptions
{
    public const string Section = "Modules:Breaches:Authorities";

    /// <summary>Unset: the bundled catalogue. Relative paths resolve against the working directory.</summary>
    public string? CatalogPath { get; set; }

    public IEnumerable<string> Validate(string section)
    {
        if (string.IsNullOrWhiteSpace(CatalogPath))
        {
            return [];
        }

        var key = $"{section}:CatalogPath";
        string path;
        try
        {
            path = Path.GetFullPath(CatalogPath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return [$"{key} is not a valid path."];
        }

        if (!File.Exists(path))
        {
            return [$"{key}: file '{path}' does not exist."];
        }

        try
        {
            return CatalogChecks.Problems(SupervisoryAuthorityCatalog.FromFile(path)).Select(p => $"{key}: '{path}': {p}").ToList();
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return [$"{key}: '{path}' is not a readable supervisory-authority catalogue: {ex.Message}"];
        }
    }

    internal SupervisoryAuthorityCatalog LoadCatalog() =>
        string.IsNullOrWhiteSpace(CatalogPath)
            ? SupervisoryAuthorityCatalog.Embedded()
            : SupervisoryAuthorityCatalog.FromFile(Path.GetFullPath(CatalogPath));
}

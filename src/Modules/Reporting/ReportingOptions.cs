using System.Text.Json;
using ComplianceHub.Reporting.Adequacy;
using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Reporting;

/// <summary>
/// Bound from <c>Modules:Reporting</c>. The Commission adopts and repeals adequacy decisions (Art. 45(3), 45(5))
/// between our releases: <see cref="AdequacyDecisionsPath"/> names an edited copy of the bundled
/// <c>adequacy-decisions.json</c>. The file is read while the host is built; a bad path or file stops the start.
/// </summary>
public sealed class ReportingOptions : IValidatedOptions
{
    public const string Section = "Modules:Reporting";

    /// <summary>Unset: the bundled list. Relative paths resolve against the working directory.</summary>
    public string? AdequacyDecisionsPath { get; set; }

    public IEnumerable<string> Validate(string section)
    {
        if (string.IsNullOrWhiteSpace(AdequacyDecisionsPath))
        {
            return [];
        }

        var key = $"{section}:AdequacyDecisionsPath";
        string path;
        try
        {
            path = Path.GetFullPath(AdequacyDecisionsPath);
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
            _ = FromFile(path);
            return [];
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return [$"{key}: '{path}' is not a readable adequacy decision list: {ex.Message}"];
        }
    }

    /// <summary>The list in force: the bundled one, or the configured file (validated already).</summary>
    public AdequacyDecisions LoadAdequacyDecisions() =>
        string.IsNullOrWhiteSpace(AdequacyDecisionsPath) ? AdequacyDecisions.Bundled() : FromFile(Path.GetFullPath(AdequacyDecisionsPath));

    private static AdequacyDecisions FromFile(string path)
    {
        using var stream = File.OpenRead(path);
        return AdequacyDecisions.Load(stream);
    }
}

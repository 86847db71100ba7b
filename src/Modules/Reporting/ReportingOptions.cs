using System.Text.Json;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting;

/// <summary>
/// Bound from <c>Modules:Reporting</c>. The Commission adopts and repeals adequacy decisions (Art. 45(3), 45(5))
/// between our releases: <see cref="AdequacyDecisionsPath"/> names an edited copy of the bundled
/// <c>adequacy-decisions.json</c>. The file is read while the host is built; a bad path or file stops the start.
/// </summary>
public sealed class ReportingOptions : IValidatedOptions
{
    public const string Section = "Modules:Reporting";

    /// <summary>A processor not audited for longer than this at the end of the period is flagged (Art. 28(3)(h)).</summary>
    public TimeSpan ProcessorAuditInterval { get; set; } = TimeSpan.FromDays(365);

    /// <summary>A report's CSV larger than this is not attached to the email; the summary says where to fetch it.</summary>
    public long MaxAttachmentBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Size of the stored content's chunks: what generation holds in memory at most, besides one page of rows.</summary>
    public int ChunkBytes { get; set; } = 256 * 1024;

    /// <summary>Unset: the bundled list. Relative paths resolve against the working directory.</summary>
    public string? AdequacyDecisionsPath { get; set; }

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Positive($"{section}:ProcessorAuditInterval", ProcessorAuditInterval),
            MaxAttachmentBytes is < 0 or > 25 * 1024 * 1024 ? $"{section}:MaxAttachmentBytes must be between 0 and 25 MiB (was {MaxAttachmentBytes})." : null,
            ConfigurationChecks.InRange($"{section}:ChunkBytes", ChunkBytes, 4 * 1024, 8 * 1024 * 1024),
            AdequacyDecisionsError($"{section}:AdequacyDecisionsPath"),
        ];
        return errors.OfType<string>();
    }

    /// <summary>The list in force: the bundled one, or the configured file (validated already).</summary>
    public AdequacyDecisions LoadAdequacyDecisions() =>
        string.IsNullOrWhiteSpace(AdequacyDecisionsPath) ? AdequacyDecisions.Bundled() : FromFile(Path.GetFullPath(AdequacyDecisionsPath));

    private string? AdequacyDecisionsError(string key)
    {
        if (string.IsNullOrWhiteSpace(AdequacyDecisionsPath))
        {
            return null;
        }

        string path;
        try
        {
            path = Path.GetFullPath(AdequacyDecisionsPath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"{key} is not a valid path.";
        }

        if (!File.Exists(path))
        {
            return $"{key}: file '{path}' does not exist.";
        }

        try
        {
            _ = FromFile(path);
            return null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return $"{key}: '{path}' is not a readable adequacy decision list: {ex.Message}";
        }
    }

    private static AdequacyDecisions FromFile(string path)
    {
        using var stream = File.OpenRead(path);
        return AdequacyDecisions.Load(stream);
    }
}

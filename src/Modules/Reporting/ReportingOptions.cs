using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Reporting;

/// <summary>Bound from <c>Modules:Reporting</c>.</summary>
public sealed class ReportingOptions : IValidatedOptions
{
    public const string Section = "Modules:Reporting";

    /// <summary>A processor not audited for longer than this at the end of the period is flagged (Art. 28(3)(h)).</summary>
    public TimeSpan ProcessorAuditInterval { get; set; } = TimeSpan.FromDays(365);

    /// <summary>A report's CSV larger than this is not attached to the email; the summary says where to fetch it.</summary>
    public long MaxAttachmentBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Size of the stored content's chunks: what generation holds in memory at most, besides one page of rows.</summary>
    public int ChunkBytes { get; set; } = 256 * 1024;

    /// <summary>A JSON file replacing the bundled list of adequacy decisions (Art. 45); none = the bundled list.</summary>
    public string? AdequacyDecisionsPath { get; set; }

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Positive($"{section}:ProcessorAuditInterval", ProcessorAuditInterval),
            MaxAttachmentBytes is < 0 or > 25 * 1024 * 1024 ? $"{section}:MaxAttachmentBytes must be between 0 and 25 MiB (was {MaxAttachmentBytes})." : null,
            ConfigurationChecks.InRange($"{section}:ChunkBytes", ChunkBytes, 4 * 1024, 8 * 1024 * 1024),
            AdequacyDecisionsPath is not null && !File.Exists(AdequacyDecisionsPath) ? $"{section}:AdequacyDecisionsPath: no file at '{AdequacyDecisionsPath}'." : null,
        ];
        return errors.OfType<string>();
    }
}

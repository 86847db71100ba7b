using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Identity;

/// <summary>Bound from <c>Security</c>.</summary>
public sealed class SecurityOptions : IValidatedOptions
{
    public const string Section = "Security";

    /// <summary>
    /// An Admin API key. Unset: the embedded default generates one on first start, prints it once and keeps it in
    /// <c>{Storage:DataDirectory}/admin-key</c> (mode 0600).
    /// </summary>
    public string? BootstrapAdminKey { get; set; }

    public IEnumerable<string> Validate(string section)
    {
        // A short key can be guessed; 32 characters of a generated key carry ~190 bits.
        if (!string.IsNullOrWhiteSpace(BootstrapAdminKey) && BootstrapAdminKey.Trim().Length < 32)
        {
            yield return $"{section}:BootstrapAdminKey must be at least 32 characters.";
        }
    }
}

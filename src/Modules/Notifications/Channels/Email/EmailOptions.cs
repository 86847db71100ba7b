using System.Net;
using ComplianceHub.Notifications.Transfers;
using ComplianceHub.Shared.Configuration;
using MimeKit;

namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>Bound from <c>Modules:Notifications:Email</c>. The default writes .eml files and needs no mail server.</summary>
internal sealed class EmailOptions : IValidatedOptions
{
    public const string Section = "Modules:Notifications:Email";

    public EmailMode Mode { get; set; } = EmailMode.File;

    public string? Host { get; set; }

    /// <summary>Unset: 587 (submission with STARTTLS) or 465 for <see cref="EmailSecurity.Tls"/>.</summary>
    public int? Port { get; set; }

    public EmailSecurity Security { get; set; } = EmailSecurity.StartTls;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "compliancehub@localhost";

    public string FromName { get; set; } = "ComplianceHub";

    /// <summary>Per SMTP operation (connect, each command, the message upload).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>PEM of a private CA that signed the relay's certificate; then only that CA is trusted.</summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>The company that runs the SMTP relay: the recipient the transfer register names when it is outside the EEA.</summary>
    public string? ProviderName { get; set; }

    /// <summary>
    /// ISO 3166-1 alpha-2 of where the SMTP relay processes messages. Unset: inside the node's own region (no transfer).
    /// Outside the EU/EEA, personal data goes there only with a Chapter V basis (ADR 0017).
    /// </summary>
    public string? ProviderCountry { get; set; }

    public int EffectivePort => Port ?? (Security == EmailSecurity.Tls ? 465 : 587);

    public bool HasCredentials => !string.IsNullOrEmpty(Username);

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Defined($"{section}:Mode", Mode),
            ConfigurationChecks.Defined($"{section}:Security", Security),
            MailboxAddress.TryParse(From, out var from) && from.Domain.Length > 0 ? null : $"{section}:From must be an email address (was '{From}').",
            ConfigurationChecks.Positive($"{section}:Timeout", Timeout),
            Port is { } port ? ConfigurationChecks.InRange($"{section}:Port", port, 1, 65535) : null,
            string.IsNullOrEmpty(Username) == string.IsNullOrEmpty(Password) ? null : $"{section}:Username and {section}:Password must be set together.",
            string.IsNullOrWhiteSpace(CaCertificatePath) || File.Exists(CaCertificatePath) ? null : $"{section}:CaCertificatePath does not exist ('{CaCertificatePath}').",
            .. ProviderSettings.Errors(section, ProviderName, ProviderCountry),
            .. Mode == EmailMode.Smtp ? ValidateRelay(section) : [],
        ];
        return errors.OfType<string>();
    }

    private IEnumerable<string?> ValidateRelay(string section)
    {
        if (ConfigurationChecks.Required($"{section}:Host", Host) is { } missing)
        {
            yield return missing;
        }
        else if (Security == EmailSecurity.None && !LoopbackHost.Is(Host))
        {
            // Alerts carry personal data (names, breach details): clear text only where it never leaves the machine (Art. 32(1)(a)).
            yield return $"{section}:Security None is only allowed for a loopback {section}:Host (was '{Host}'); use StartTls or Tls.";
        }
    }
}

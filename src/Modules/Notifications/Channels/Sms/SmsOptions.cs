using System.Net.Http.Headers;
using ComplianceHub.Notifications.Transfers;
using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Notifications.Channels.Sms;

/// <summary>Bound from <c>Modules:Notifications:Sms</c>; the default writes to a local outbox file.</summary>
internal sealed class SmsOptions : IValidatedOptions
{
    public const string Section = "Modules:Notifications:Sms";

    public const string DefaultBodyTemplate = """{"to":"{to}","from":"{from}","text":"{text}","reference":"{id}"}""";

    public SmsMode Mode { get; set; } = SmsMode.File;

    /// <summary>The gateway's address (Http mode): https, or http on loopback only.</summary>
    public string? Url { get; set; }

    public string Method { get; set; } = "POST";

    /// <summary>A whole <c>Authorization</c> header value, e.g. <c>Bearer …</c> or <c>Basic …</c>; none when unset.</summary>
    public string? AuthorizationHeader { get; set; }

    /// <summary>JSON with the placeholders <c>{to}</c>, <c>{from}</c>, <c>{text}</c>, <c>{id}</c> inside strings.</summary>
    public string BodyTemplate { get; set; } = DefaultBodyTemplate;

    public string ContentType { get; set; } = "application/json";

    public string From { get; set; } = "ComplianceHub";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The top-level property of the gateway's JSON answer that holds its message id.</summary>
    public string MessageIdProperty { get; set; } = "id";

    /// <summary>The company that runs the SMS gateway: the recipient the transfer register names when it is outside the EEA.</summary>
    public string? ProviderName { get; set; }

    /// <summary>
    /// ISO 3166-1 alpha-2 of where the SMS gateway processes messages. Unset: inside the node's own region (no transfer).
    /// Outside the EU/EEA, personal data goes there only with a Chapter V basis (ADR 0017).
    /// </summary>
    public string? ProviderCountry { get; set; }

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Defined($"{section}:Mode", Mode),
            ConfigurationChecks.Positive($"{section}:Timeout", Timeout),
            ConfigurationChecks.Required($"{section}:From", From),
            .. ProviderSettings.Errors(section, ProviderName, ProviderCountry),
            .. Mode == SmsMode.Http ? HttpErrors(section) : [],
        ];
        return errors.OfType<string>();
    }

    private IEnumerable<string?> HttpErrors(string section)
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            yield return $"{section}:Url must be an absolute https address when {section}:Mode is Http (was '{Url}').";
        }
        else if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            // Phone numbers and alert titles are personal data in transit (Art. 32): plain http only on this machine.
            yield return $"{section}:Url must use https unless the gateway is on loopback.";
        }

        if (Method is not ("POST" or "PUT"))
        {
            yield return $"{section}:Method must be POST or PUT (was '{Method}').";
        }

        if (!MediaTypeHeaderValue.TryParse(ContentType, out _))
        {
            yield return $"{section}:ContentType is not a media type (was '{ContentType}').";
        }

        if (AuthorizationHeader is { } auth && (auth.Length == 0 || auth.Contains('\r') || auth.Contains('\n')))
        {
            yield return $"{section}:AuthorizationHeader must be one header value on one line.";
        }

        yield return ConfigurationChecks.Required($"{section}:MessageIdProperty", MessageIdProperty);
        yield return SmsBody.TemplateError($"{section}:BodyTemplate", BodyTemplate);
    }
}

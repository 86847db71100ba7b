using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Notifications.Transfers;

/// <summary>The checks on a channel's <c>ProviderName</c> / <c>ProviderCountry</c> pair, shared by the email and SMS options.</summary>
internal static class ProviderSettings
{
    public static IEnumerable<string?> Errors(string section, string? name, string? country)
    {
        if (country is not null && !CountryCode.IsValid(country))
        {
            yield return $"{section}:ProviderCountry must be an ISO 3166-1 alpha-2 code in upper case, e.g. \"US\" (was '{country}').";
        }

        // The name is the recipient the transfer register must name (Art. 30(1)(e)): no country without it.
        if (country is not null && string.IsNullOrWhiteSpace(name))
        {
            yield return $"{section}:ProviderName is required when {section}:ProviderCountry is set: the transfer register names it as the recipient.";
        }
    }
}

using ComplianceHub.Notifications.Channels;
using ComplianceHub.Notifications.Channels.Email;
using ComplianceHub.Notifications.Channels.Sms;
using ComplianceHub.Shared.Residency;

namespace ComplianceHub.Notifications.Transfers;

/// <summary>
/// Which channels hand personal data to a provider outside the EU/EEA (Chapter V). File modes write on this node;
/// in-app goes through this node's own hub; a provider without a configured country is taken to run in the node's
/// region. Webhooks carry ids only (<c>WebhookPayloads</c>), so where their endpoints are needs no safeguard.
/// </summary>
public sealed class ChannelProviders
{
    private readonly EmailOptions _email;
    private readonly SmsOptions _sms;

    internal ChannelProviders(EmailOptions email, SmsOptions sms) => (_email, _sms) = (email, sms);

    /// <summary>The provider of <paramref name="channel"/> when it is in a third country; null when no transfer happens.</summary>
    internal ProviderLocation? ThirdCountry(ChannelKind channel)
    {
        var (name, country) = channel switch
        {
            ChannelKind.Email when _email.Mode == EmailMode.Smtp => (_email.ProviderName, _email.ProviderCountry),
            ChannelKind.Sms when _sms.Mode == SmsMode.Http => (_sms.ProviderName, _sms.ProviderCountry),
            _ => (null, null),
        };
        return country is null || EeaCountries.Contains(country) ? null : new ProviderLocation(channel, name!.Trim(), country);
    }
}

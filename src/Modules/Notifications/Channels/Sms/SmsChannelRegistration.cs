using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Http.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Notifications.Channels.Sms;

public static class SmsChannelRegistration
{
    /// <summary>The SMS channel; an invalid <c>Modules:Notifications:Sms</c> stops the host at start, naming the key.</summary>
    public static IHostApplicationBuilder AddSmsChannel(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<SmsOptions>(SmsOptions.Section);
        var policy = builder.AddOutboundHttp();
        if (options.Mode == SmsMode.Http && SmsGatewayAddress.Problem(SmsOptions.Section, options.Url!, policy) is { } problem)
        {
            throw new InvalidConfigurationException([problem]);
        }

        // Through the SSRF guard; no redirects: a redirect would carry the number and the text somewhere nobody configured.
        builder.AddOutboundHttpClient(SmsGateway.HttpClientName, options.Timeout);
        builder.Services.AddSingleton<SmsOutboxFile>();
        builder.Services.AddSingleton<SmsGateway>();
        builder.Services.AddSingleton<INotificationChannel, SmsChannel>();
        return builder;
    }
}

using ComplianceHub.Shared.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Notifications.Channels.Sms;

public static class SmsChannelRegistration
{
    /// <summary>The SMS channel; an invalid <c>Modules:Notifications:Sms</c> stops the host at start, naming the key.</summary>
    public static IHostApplicationBuilder AddSmsChannel(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<SmsOptions>(SmsOptions.Section);
        builder.Services.AddHttpClient(SmsGateway.HttpClientName, c => c.Timeout = options.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A redirect would carry the number and the text somewhere nobody configured.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        builder.Services.AddSingleton<SmsOutboxFile>();
        builder.Services.AddSingleton<SmsGateway>();
        builder.Services.AddSingleton<INotificationChannel, SmsChannel>();
        return builder;
    }
}

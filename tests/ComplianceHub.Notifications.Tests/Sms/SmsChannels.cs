namespace ComplianceHub.Notifications.Tests.Sms;

/// <summary>The SMS channel as <c>AddSmsChannel</c> registers it, with an <c>sms</c> breaker that opens after 3 failures.</summary>
internal static class SmsChannels
{
    public static IServiceProvider Build(string dataDirectory, params string[] settings) => Build(dataDirectory, null, settings);

    /// <param name="services">Changes the services after registration (e.g. the outbound resolver).</param>
    public static IServiceProvider Build(string dataDirectory, Action<IServiceCollection>? services, params string[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        foreach (var pair in settings.Select(s => s.Split('=', 2)))
        {
            builder.Configuration[pair[0]] = pair[1]; // a later setting overrides an earlier one
        }

        builder.Configuration[$"{StorageOptions.Section}:DataDirectory"] = dataDirectory;
        builder.AddValidatedOptions<StorageOptions>(StorageOptions.Section);
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new CircuitBreakerOptions
        {
            Breakers = { [SmsChannel.BreakerName] = new CircuitBreakerSettings { FailureThreshold = 3, MinimumThroughput = 3 } },
        });
        builder.Services.AddSingleton<CircuitBreakerRegistry>();
        builder.AddSmsChannel();
        services?.Invoke(builder.Services);
        return builder.Build().Services;
    }

    public static INotificationChannel Sms(this IServiceProvider services) =>
        services.GetServices<INotificationChannel>().Single(c => c.Kind == ChannelKind.Sms);
}

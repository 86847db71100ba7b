using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplianceHub.Notifications.Tests.Email;

/// <summary>The email channel as the host builds it (AddEmailChannel), over a temporary data directory and a fake clock.</summary>
internal sealed class EmailChannelHost(ServiceProvider services, string dataDirectory, FakeTimeProvider clock) : IDisposable
{
    public string DataDirectory { get; } = dataDirectory;

    public FakeTimeProvider Clock { get; } = clock;

    public INotificationChannel Channel => services.GetServices<INotificationChannel>().Single(c => c.Kind == ChannelKind.Email);

    public CircuitBreaker Breaker => services.GetRequiredService<CircuitBreakerRegistry>().Get("smtp");

    /// <summary>The <c>smtp</c> breaker opens after 3 failures in 3 calls and lets one trial through 30 s later.</summary>
    public static CircuitBreakerSettings BreakerSettings { get; } = new()
    {
        FailureThreshold = 3,
        MinimumThroughput = 3,
        RecoveryTimeout = TimeSpan.FromSeconds(30),
        HalfOpenTrialCalls = 1,
        SuccessesToClose = 1,
    };

    /// <param name="email">Keys under <c>Modules:Notifications:Email</c>.</param>
    public static EmailChannelHost Create(IReadOnlyDictionary<string, string?> email)
    {
        var dataDirectory = System.IO.Directory.CreateTempSubdirectory("ch-email-").FullName;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var builder = Build(email, dataDirectory);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(new CircuitBreakerRegistry(
            new CircuitBreakerOptions { Breakers = { ["smtp"] = BreakerSettings } }, clock, NullLoggerFactory.Instance));
        return new EmailChannelHost(builder.Services.BuildServiceProvider(), dataDirectory, clock);
    }

    /// <summary>Only configuration and registration: throws <see cref="InvalidConfigurationException"/> for bad keys.</summary>
    public static HostApplicationBuilder Build(IReadOnlyDictionary<string, string?> email, string dataDirectory)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(email.Select(e => KeyValuePair.Create($"{EmailOptions.Section}:{e.Key}", e.Value)));
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create<string, string?>("Storage:DataDirectory", dataDirectory)]);
        builder.Services.AddLogging();
        builder.AddValidatedOptions<StorageOptions>(StorageOptions.Section);
        builder.AddEmailChannel();
        return builder;
    }

    public void Dispose()
    {
        services.Dispose();
        System.IO.Directory.Delete(DataDirectory, recursive: true);
    }
}

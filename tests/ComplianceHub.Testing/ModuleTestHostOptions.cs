using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Testing;

/// <summary>
/// What one test class's host holds: the modules and their endpoints, the clock, the settings, the transport (the
/// in-memory bus unless the settings name RabbitMQ and PostgreSQL started by <see cref="RabbitMqServer"/> and
/// <see cref="PostgresServer"/>) and what to prepare before start. Each test project adds its module through an
/// extension method on this class.
/// </summary>
public sealed class ModuleTestHostOptions
{
    private readonly List<string> _settings = [];
    private readonly List<Action<WebApplicationBuilder>> _beforeMessaging = [];
    private readonly List<Action<WebApplicationBuilder>> _afterMessaging = [];
    private readonly List<Action<IEndpointRouteBuilder>> _apiEndpoints = [];
    private readonly List<Action<WebApplication>> _endpoints = [];
    private readonly List<Func<IServiceProvider, Task>> _beforeStart = [];

    /// <summary>The fake clock registered as the host's <see cref="TimeProvider"/>, if any.</summary>
    public TravellingClock? Clock { get; private set; }

    /// <summary>The data directory (SQLite files, keys); a fresh temporary one unless set.</summary>
    public string? DataDirectory { get; private set; }

    /// <summary>The prefix of the temporary data directory's name (e.g. <c>ch-breaches-</c>).</summary>
    public string DirectoryPrefix { get; private set; } = "ch-test-";

    public string AdminKey { get; private set; } = ModuleTestHost.DefaultAdminKey;

    /// <summary>Where the host listens when chosen before start (<see cref="OnFixedPort"/>); otherwise a port the OS picks.</summary>
    public Uri? FixedAddress { get; private set; }

    /// <summary>The home country of an organisation created right after start (<see cref="ModuleTestHost.Organization"/>), if any.</summary>
    public string? OrganizationCountry { get; private set; }

    public bool DeletesDataOnDispose { get; private set; }

    internal IReadOnlyList<string> Settings => _settings;

    internal IReadOnlyList<Action<WebApplicationBuilder>> BeforeMessaging => _beforeMessaging;

    internal IReadOnlyList<Action<WebApplicationBuilder>> AfterMessaging => _afterMessaging;

    internal IReadOnlyList<Action<IEndpointRouteBuilder>> ApiEndpoints => _apiEndpoints;

    internal IReadOnlyList<Action<WebApplication>> Endpoints => _endpoints;

    internal IReadOnlyList<Func<IServiceProvider, Task>> BeforeStart => _beforeStart;

    /// <summary>A module: <paramref name="add"/> runs before the bus is added (modules register before it), <paramref name="map"/> on the <c>/api/v1</c> group.</summary>
    public ModuleTestHostOptions AddModule(Action<WebApplicationBuilder> add, Action<IEndpointRouteBuilder>? map = null)
    {
        _beforeMessaging.Add(add);
        if (map is not null)
        {
            _apiEndpoints.Add(map);
        }

        return this;
    }

    /// <summary>Extra registrations before the bus is added (after the modules added so far: the last of a kind wins).</summary>
    public ModuleTestHostOptions Configure(Action<WebApplicationBuilder>? configure)
    {
        if (configure is not null)
        {
            _beforeMessaging.Add(configure);
        }

        return this;
    }

    /// <summary>Extra services before the bus is added.</summary>
    public ModuleTestHostOptions Services(Action<IServiceCollection>? services) =>
        services is null ? this : Configure(builder => services(builder.Services));

    /// <summary>Extra services after the bus and its own registrations.</summary>
    public ModuleTestHostOptions ServicesAfterMessaging(Action<IServiceCollection>? services)
    {
        if (services is not null)
        {
            _afterMessaging.Add(builder => services(builder.Services));
        }

        return this;
    }

    /// <summary>More endpoints on the app (e.g. pages or a hub outside the API group).</summary>
    public ModuleTestHostOptions Map(Action<WebApplication> map)
    {
        _endpoints.Add(map);
        return this;
    }

    /// <summary>Configuration as <c>Key=Value</c>; later settings override earlier ones.</summary>
    public ModuleTestHostOptions With(params IEnumerable<string> settings)
    {
        _settings.AddRange(settings);
        return this;
    }

    /// <summary>A travelling clock from <paramref name="now"/>.</summary>
    public ModuleTestHostOptions At(DateTimeOffset now) => WithClock(new TravellingClock(now));

    public ModuleTestHostOptions WithClock(TravellingClock clock)
    {
        Clock = clock;
        return this;
    }

    /// <summary>Starts on a given data directory: a second host on it sees the first one's SQLite databases.</summary>
    public ModuleTestHostOptions InDirectory(string? dataDirectory)
    {
        DataDirectory = dataDirectory;
        return this;
    }

    public ModuleTestHostOptions InTemporaryDirectory(string prefix)
    {
        DirectoryPrefix = prefix;
        return this;
    }

    public ModuleTestHostOptions WithAdminKey(string adminKey)
    {
        AdminKey = adminKey;
        return this;
    }

    /// <summary>Picks the port before start, for settings that must name the host's own address (<see cref="FixedAddress"/>).</summary>
    public ModuleTestHostOptions OnFixedPort()
    {
        FixedAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        return this;
    }

    /// <summary>Creates an organisation right after start: <see cref="ModuleTestHost.Organization"/>.</summary>
    public ModuleTestHostOptions WithOrganization(string homeCountry = "DE")
    {
        OrganizationCountry = homeCountry;
        return this;
    }

    public ModuleTestHostOptions DeleteDataOnDispose()
    {
        DeletesDataOnDispose = true;
        return this;
    }

    /// <summary>Lifts the per-caller rate limit so that tests are never throttled.</summary>
    public ModuleTestHostOptions Unthrottled() => With("Http:RequestsPerSecond=100000", "Http:Burst=100000");

    /// <summary>
    /// The outbox polled every <paramref name="pollInterval"/>, its timers checked every <paramref name="timerCheckInterval"/>
    /// when given; delivered messages kept for a year so that tests can read what was published.
    /// </summary>
    public ModuleTestHostOptions FastOutbox(string pollInterval, string? timerCheckInterval = null, bool keepDelivered = true)
    {
        With($"Messaging:Outbox:PollInterval={pollInterval}");
        if (timerCheckInterval is not null)
        {
            With($"Messaging:Outbox:TimerCheckInterval={timerCheckInterval}");
        }

        return keepDelivered ? With("Messaging:Outbox:DeliveredRetention=365.00:00:00") : this;
    }

    /// <summary>No migrations on start: <paramref name="prepare"/> creates the module's schema, then the platform's contexts are migrated.</summary>
    public ModuleTestHostOptions PreparedSchemas(Func<IServiceProvider, Task>? prepare = null)
    {
        With("Database:MigrateOnStartup=false");
        if (prepare is not null)
        {
            _beforeStart.Add(prepare);
        }

        _beforeStart.Add(PlatformSchemas.MigrateAsync);
        return this;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Xunit;

namespace ComplianceHub.Testing;

/// <summary>
/// The real host wiring (<see cref="ComplianceHubHost"/>: storage, migrations, identity, audit, outbox, bus) with the
/// modules a test class asks for (<see cref="ModuleTestHostOptions"/>), on Kestrel on loopback, with the platform
/// Admin's client and polling helpers. Module-specific helpers are extension members in each test project.
/// </summary>
public sealed class ModuleTestHost : IAsyncDisposable
{
    /// <summary>The bootstrap Admin key: a platform caller bound to no organisation.</summary>
    public const string DefaultAdminKey = "unit-test-admin-key-0123456789abcdef";

    private readonly TravellingClock? _clock;
    private readonly bool _deletesData;

    private ModuleTestHost(WebApplication app, ModuleTestHostOptions options, string dataDirectory, RecentHostLogs logs)
    {
        App = app;
        Logs = logs;
        _clock = options.Clock;
        _deletesData = options.DeletesDataOnDispose;
        AdminKey = options.AdminKey;
        DataDirectory = dataDirectory;
        BaseAddress = options.FixedAddress
            ?? new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Client = ClientWith(AdminKey);
    }

    public WebApplication App { get; }

    /// <summary>The host's last warnings and errors: failed expectations quote them.</summary>
    public RecentHostLogs Logs { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>The travelling clock the host reads (<see cref="ModuleTestHostOptions.At"/>).</summary>
    public TravellingClock Clock => _clock ?? throw new InvalidOperationException("This host runs on the system clock: configure one with At(now).");

    public string DataDirectory { get; }

    public Uri BaseAddress { get; }

    public string AdminKey { get; }

    /// <summary>The platform Admin (bootstrap key): bound to no organisation.</summary>
    public HttpClient Client { get; }

    /// <summary>The organisation created at start (<see cref="ModuleTestHostOptions.WithOrganization"/>).</summary>
    public Guid Organization { get; private set; }

    public static async Task<ModuleTestHost> StartAsync(Action<ModuleTestHostOptions> configure)
    {
        var options = new ModuleTestHostOptions();
        configure(options);
        var data = options.DataDirectory ?? Directory.CreateTempSubdirectory(options.DirectoryPrefix).FullName;
        var urls = options.FixedAddress?.GetLeftPart(UriPartial.Authority) ?? "http://127.0.0.1:0";
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={data}",
            $"--Security:BootstrapAdminKey={options.AdminKey}",
            $"--Urls={urls}",
            .. options.Settings.Select(s => s.StartsWith("--", StringComparison.Ordinal) ? s : "--" + s),
        ]);
        if (options.Clock is { } clock)
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
        }

        var logs = new RecentHostLogs();
        builder.Services.AddSingleton<ILogEventSink>(logs);

        builder.AddPlatformModules();
        foreach (var add in options.BeforeMessaging)
        {
            add(builder);
        }

        builder.AddMessaging();
        foreach (var add in options.AfterMessaging)
        {
            add(builder);
        }

        var app = builder.Build();
        var api = app.MapComplianceHub().MapPlatformEndpoints();
        foreach (var map in options.ApiEndpoints)
        {
            map(api);
        }

        foreach (var map in options.Endpoints)
        {
            map(app);
        }

        foreach (var prepare in options.BeforeStart)
        {
            await prepare(app.Services);
        }

        await app.StartAsync();
        var host = new ModuleTestHost(app, options, data, logs);

        // On RabbitMQ a message published before the endpoints have bound their exchanges is dropped: wait for them.
        await Poll.UntilAsync(
            () => Task.FromResult(app.Services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy),
            TimeSpan.FromSeconds(30));
        if (options.OrganizationCountry is { } country)
        {
            host.Organization = await host.OrganizationAsync(country);
        }

        return host;
    }

    /// <summary>A new client calling with <paramref name="apiKey"/> (anonymous when null).</summary>
    public HttpClient ClientWith(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>A new organisation named "Test controller".</summary>
    public Task<Guid> OrganizationAsync(string homeCountry = "DE") => CreateOrganizationAsync("Test controller", homeCountry);

    public async Task<Guid> CreateOrganizationAsync(string name, string homeCountry = "DE")
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/organizations", new { name, homeCountry });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A new organisation and a client holding a key of it with the given roles.</summary>
    public async Task<(Guid Organization, HttpClient Client)> OrganizationWithCallerAsync(params string[] roles)
    {
        var organization = await OrganizationAsync();
        return (organization, await CallerAsync(organization, roles));
    }

    /// <summary>A client with an API key of the organisation holding these roles.</summary>
    public async Task<HttpClient> CallerAsync(Guid organization, params string[] roles) => ClientWith((await CreateKeyAsync(organization, roles)).Key);

    /// <summary>A key with <paramref name="roles"/>: of the organisation, or a platform key when none; its caller id is <c>key:{id}</c>.</summary>
    public async Task<(string Key, string ActorId)> CreateKeyAsync(Guid? organization, params string[] roles)
    {
        var path = organization is { } org ? $"/api/v1/organizations/{org}/api-keys" : "/api/v1/api-keys";
        using var response = await Client.PostAsJsonAsync(path, new { name = "test key", roles });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("key").GetString()!, $"key:{body.GetProperty("id").GetGuid()}");
    }

    /// <summary>Sends as the Admin; the body is <c>default</c> when the answer is empty.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    /// <summary>Posts as the Admin and asserts the status.</summary>
    public async Task<JsonElement> ExpectAsync(HttpStatusCode expected, string path, object body)
    {
        var (status, answer) = await PostAsync(path, body);
        Assert.True(status == expected, $"{path}: expected {expected}, got {status}: {answer}{Environment.NewLine}{(status == expected ? "" : Logs.Describe())}");
        return answer;
    }

    /// <summary>Gets as the Admin and asserts a success status.</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}{Environment.NewLine}{(response.IsSuccessStatusCode ? "" : Logs.Describe())}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<T> WithDbAsync<TContext, T>(Func<TContext, Task<T>> query)
        where TContext : DbContext
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    /// <summary>Every outbox row of a message type (messages and timers, delivered or not), e.g. <c>BreachReported</c>.</summary>
    public Task<List<OutboxMessage>> OutboxAsync<TContext>(string messageType)
        where TContext : DbContext =>
        WithDbAsync<TContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.EndsWith(":" + messageType)).ToListAsync());

    /// <summary>Messages of a type the module published or sent (delivered or not; not timers).</summary>
    public Task<List<OutboxMessage>> PublishedAsync<TContext>(string messageType)
        where TContext : DbContext =>
        WithDbAsync<TContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DueAt == null && m.MessageType.EndsWith(":" + messageType)).ToListAsync());

    /// <summary>Timers of a type still waiting.</summary>
    public Task<List<OutboxMessage>> PendingTimersAsync<TContext>(string messageType)
        where TContext : DbContext =>
        WithDbAsync<TContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DueAt != null && m.DeliveredAt == null && m.MessageType.EndsWith(":" + messageType)).ToListAsync());

    public Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null) => Poll.UntilAsync(condition, timeout);

    /// <summary>Reads until the condition holds, or fails naming <paramref name="what"/> and the last state seen.</summary>
    public static async Task<JsonElement> WaitForAsync(Func<Task<JsonElement>> read, Func<JsonElement, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var state = await read();
            if (condition(state))
            {
                return state;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The {what} never reached the expected state: {state}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (_deletesData)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file a moment; the temp directory is the OS's to clean then.
            }
        }
    }
}

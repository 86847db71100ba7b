using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Notifications.Data;
using ComplianceHub.Notifications.Webhooks;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Shared.Modules;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ComplianceHub.Testing;
using ComplianceHub.Testing.Outbound;

namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>
/// The Notifications module with webhooks on the real host wiring (SQLite, in-memory bus, outbox, durable timers),
/// with the retry schedule shortened to fractions of a second and the window to a few seconds.
/// </summary>
internal sealed class WebhooksHost : IAsyncDisposable
{
    private const string AdminKey = "unit-test-admin-key-0123456789abcdef";

    private WebhooksHost(WebApplication app)
    {
        App = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Admin = Client(AdminKey);
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    /// <summary>The platform Admin (no organisation).</summary>
    public HttpClient Admin { get; }

    /// <summary>With the tests' loopback receivers allowed (<see cref="LoopbackReceivers.Allowed"/>).</summary>
    public static Task<WebhooksHost> StartAsync(params string[] settings) => StartWithAsync(null, [.. LoopbackReceivers.Allowed, .. settings]);

    /// <param name="services">Changes the services before start (e.g. the outbound resolver, a log sink).</param>
    /// <param name="settings">The whole extra configuration: no loopback receiver is allowed unless it says so.</param>
    public static async Task<WebhooksHost> StartWithAsync(Action<IServiceCollection>? services, params string[] settings)
    {
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={System.IO.Directory.CreateTempSubdirectory("ch-webhooks-").FullName}",
            $"--Security:BootstrapAdminKey={AdminKey}",
            "--Urls=http://127.0.0.1:0",
            "--Messaging:Outbox:PollInterval=00:00:00.050",
            "--Messaging:Outbox:TimerCheckInterval=00:00:00.050",
            "--Messaging:Outbox:DeliveredRetention=365.00:00:00",
            "--Http:RequestsPerSecond=100000",
            "--Http:Burst=100000",
            "--Modules:Notifications:Webhooks:RetryDelays:0=00:00:00.200",
            "--Modules:Notifications:Webhooks:RetryDelays:1=00:00:00.300",
            "--Modules:Notifications:Webhooks:RetryWindow=00:00:03",
            "--Modules:Notifications:Webhooks:Jitter=0",
            "--Modules:Notifications:Webhooks:Timeout=00:00:05",
            .. settings.Select(s => "--" + s),
        ]);
        builder.AddNotificationsModule();
        services?.Invoke(builder.Services);
        builder.Services.AddSingleton<DisabledEndpointProbe.Seen>();
        builder.AddModuleMessaging(bus => bus.AddConsumer<DisabledEndpointProbe>());
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub().MapNotificationsEndpoints();
        await app.StartAsync();
        var host = new WebhooksHost(app);
        await host.WaitUntilAsync(() => Task.FromResult(app.Services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy));
        return host;
    }

    public HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public async Task<Guid> OrganizationAsync(string name)
    {
        using var response = await Admin.PostAsJsonAsync("/api/v1/organizations", new { name, homeCountry = "DE" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A client with an API key of the organisation holding these roles.</summary>
    public async Task<HttpClient> CallerAsync(Guid organization, params string[] roles)
    {
        using var response = await Admin.PostAsJsonAsync($"/api/v1/organizations/{organization}/api-keys", new { name = "test", roles });
        response.EnsureSuccessStatusCode();
        return Client((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!);
    }

    public IReadOnlyList<Contracts.WebhookEndpointDisabled> DisabledEndpoints =>
        [.. App.Services.GetRequiredService<DisabledEndpointProbe.Seen>().Messages];

    public async Task<T> WithDbAsync<T>(Func<NotificationsDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
    }

    /// <summary>Messages of a type the module published (delivered or not), e.g. <c>WebhookEndpointDisabled</c>.</summary>
    public Task<List<OutboxMessage>> PublishedAsync(string messageType) =>
        WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DueAt == null && m.MessageType.EndsWith(":" + messageType)).ToListAsync());

    public Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null) => Poll.UntilAsync(condition, timeout);

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

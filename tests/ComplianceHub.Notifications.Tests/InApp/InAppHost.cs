using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Notifications.Channels;
using ComplianceHub.Notifications.Channels.InApp;
using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.DeadLetters.Data;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Http.Idempotency.Data;
using ComplianceHub.Shared.Identity.Data;
using ComplianceHub.Shared.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Notifications.Tests.InApp;

/// <summary>The real host wiring on Kestrel (loopback, SQLite) with the in-app channel and its hub mapped at the root.</summary>
internal sealed class InAppHost : IAsyncDisposable
{
    public const string AdminKey = "unit-test-admin-key-0123456789abcdef";

    private InAppHost(WebApplication app) => App = app;

    public WebApplication App { get; }

    public string BaseAddress => App.Urls.First();

    public INotificationChannel Channel => App.Services.GetServices<INotificationChannel>().Single(c => c.Kind == ChannelKind.InApp);

    public static async Task<InAppHost> StartAsync(params string[] settings)
    {
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={System.IO.Directory.CreateTempSubdirectory("ch-inapp-").FullName}",
            $"--Security:BootstrapAdminKey={AdminKey}",
            "--Database:MigrateOnStartup=false",
            "--Urls=http://127.0.0.1:0",
            .. settings.Select(s => "--" + s),
        ]);
        builder.AddInAppChannel();
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub();
        app.MapNotificationsHub();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>().Database.MigrateAsync();
        }

        await app.StartAsync();
        return new InAppHost(app);
    }

    public HttpClient Client(string key = AdminKey)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseAddress) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public async Task<Guid> CreateOrganizationAsync(string name)
    {
        using var admin = Client();
        using var response = await admin.PostAsJsonAsync("/api/v1/organizations", new { name, homeCountry = "DE" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A key with <paramref name="role"/>: of the organisation, or a platform key when none; its caller id is <c>key:{id}</c>.</summary>
    public async Task<(string Key, string ActorId)> CreateKeyAsync(Guid? organization, string role)
    {
        using var admin = Client();
        var path = organization is { } org ? $"/api/v1/organizations/{org}/api-keys" : "/api/v1/api-keys";
        using var response = await admin.PostAsJsonAsync(path, new { name = "hub test", roles = new[] { role } });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("key").GetString()!, $"key:{body.GetProperty("id").GetGuid()}");
    }

    /// <summary>A started connection with the key in its header (the .NET client can set headers on WebSockets).</summary>
    public async Task<HubListener> ConnectAsync(string? key, string query = "")
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(BaseAddress + "/hubs/notifications" + query, o =>
            {
                if (key is not null)
                {
                    o.Headers["X-Api-Key"] = key;
                }
            })
            .Build();
        return await HubListener.StartAsync(connection);
    }

    /// <summary>A browser-like connection: straight to WebSockets, the bearer token only in the query.</summary>
    public Task<HubListener> ConnectWithQueryTokenAsync(string token) =>
        HubListener.StartAsync(new HubConnectionBuilder()
            .WithUrl(BaseAddress + "/hubs/notifications?access_token=" + Uri.EscapeDataString(token), o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
            })
            .Build());

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

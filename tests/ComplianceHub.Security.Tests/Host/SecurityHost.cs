using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Security.Data;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Security.Tests.Host;

/// <summary>The Security module on the real host wiring (SQLite, in-memory bus, outbox, ordered endpoint) with a travelling clock.</summary>
public sealed class SecurityHost : IAsyncDisposable
{
    private const string AdminKey = "unit-test-admin-key-0123456789abcdef";

    private SecurityHost(WebApplication app, TravellingClock clock, Guid organization)
    {
        App = app;
        Clock = clock;
        Organization = organization;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public WebApplication App { get; }

    public TravellingClock Clock { get; }

    public HttpClient Client { get; }

    /// <summary>The organisation every helper submits for.</summary>
    public Guid Organization { get; private set; }

    public static Task<SecurityHost> StartAsync(DateTimeOffset now, params string[] settings) => StartAsync(now, _ => { }, settings);

    /// <summary>Starts with <paramref name="services"/> registered after the module's and the bus's own.</summary>
    public static async Task<SecurityHost> StartAsync(DateTimeOffset now, Action<IServiceCollection> services, params string[] settings)
    {
        var clock = new TravellingClock(now);
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={Directory.CreateTempSubdirectory("ch-security-").FullName}",
            $"--Security:BootstrapAdminKey={AdminKey}",
            "--Urls=http://127.0.0.1:0",
            "--Messaging:Outbox:PollInterval=00:00:00.050",
            "--Messaging:Outbox:DeliveredRetention=365.00:00:00",
            "--Http:RequestsPerSecond=100000",
            "--Http:Burst=100000",
            .. settings.Select(s => "--" + s),
        ]);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddSecurityModule();
        builder.AddMessaging();
        services(builder.Services);
        var app = builder.Build();
        app.MapComplianceHub().MapSecurityEndpoints();
        await app.StartAsync();
        var host = new SecurityHost(app, clock, Guid.Empty);
        await Poll.UntilAsync(() => Task.FromResult(app.Services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy));
        using var response = await host.Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Test controller", homeCountry = "DE" });
        response.EnsureSuccessStatusCode();
        host.Organization = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return host;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Submits a batch for <see cref="Organization"/> and expects 202.</summary>
    public async Task<JsonElement> SubmitAsync(params object[] items)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/security-events/batch", new { organizationId = Organization, items });
        Assert.True(status == HttpStatusCode.Accepted, $"{status}: {body}");
        return body;
    }

    public async Task<T> WithDbAsync<T>(Func<SecurityDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SecurityDbContext>());
    }

    /// <summary>Waits until every stored event has been evaluated.</summary>
    public Task EvaluatedAsync() =>
        Poll.UntilAsync(() => WithDbAsync(db => db.Events.AllAsync(e => e.EvaluatedAt != null)), TimeSpan.FromSeconds(30));

    public async Task<List<JsonElement>> AlertsAsync(string query = "")
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "/api/v1/security-alerts?pageSize=500" + query);
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. body.GetProperty("items").EnumerateArray()];
    }

    /// <summary>Messages the module published of a type (e.g. <c>PotentialBreachDetected</c>).</summary>
    public Task<List<OutboxMessage>> PublishedAsync(string messageType) =>
        WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType.EndsWith(":" + messageType)).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

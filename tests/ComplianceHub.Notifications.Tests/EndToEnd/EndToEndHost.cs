using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Notifications.Data;
using ComplianceHub.Notifications.Tests.InApp;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Notifications.Tests.EndToEnd;

/// <summary>
/// The Notifications module on the real host wiring (Kestrel on a fixed loopback port, SQLite, in-memory bus, outbox,
/// timers) with its REAL channels and a travelling clock. The port is chosen before start so that
/// <c>PublicBaseUrl</c> (the acknowledgement links) points at this very host.
/// </summary>
internal sealed class EndToEndHost : IAsyncDisposable
{
    private const string AdminKey = "end-to-end-admin-key-0123456789abcdef";

    private EndToEndHost(WebApplication app, TravellingClock clock, Uri baseAddress)
    {
        App = app;
        Clock = clock;
        BaseAddress = baseAddress;
        Admin = ClientWith(AdminKey);
    }

    public WebApplication App { get; }

    public TravellingClock Clock { get; }

    public Uri BaseAddress { get; }

    public HttpClient Admin { get; }

    /// <param name="settings">Extra configuration as <c>Key=Value</c> (e.g. the SMTP relay, the SMS gateway, breaker thresholds).</param>
    public static async Task<EndToEndHost> StartAsync(DateTimeOffset now, params string[] settings)
    {
        var clock = new TravellingClock(now);
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={System.IO.Directory.CreateTempSubdirectory("ch-e2e-").FullName}",
            $"--Security:BootstrapAdminKey={AdminKey}",
            $"--Urls={baseAddress.GetLeftPart(UriPartial.Authority)}",
            $"--Modules:Notifications:PublicBaseUrl={baseAddress.GetLeftPart(UriPartial.Authority)}",
            "--Messaging:Outbox:PollInterval=00:00:00.100",
            "--Messaging:Outbox:TimerCheckInterval=00:00:00.100",
            "--Messaging:Outbox:DeliveredRetention=365.00:00:00",
            "--Http:RequestsPerSecond=100000",
            "--Http:Burst=100000",
            .. settings.Select(s => "--" + s),
        ]);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddNotificationsModule();
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub().MapNotificationsEndpoints();
        app.MapNotificationsPages();
        await app.StartAsync();
        var host = new EndToEndHost(app, clock, baseAddress);
        await host.WaitUntilAsync(() => Task.FromResult(app.Services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy));
        return host;
    }

    public HttpClient ClientWith(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public async Task<Guid> OrganizationAsync(string name)
    {
        using var response = await Admin.PostAsJsonAsync("/api/v1/organizations", new { name, homeCountry = "DE" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>An API key of the organisation with <paramref name="role"/>; its caller id is <c>key:{id}</c>.</summary>
    public async Task<(string Key, string ActorId)> KeyAsync(Guid organization, string role)
    {
        using var response = await Admin.PostAsJsonAsync($"/api/v1/organizations/{organization}/api-keys", new { name = "end-to-end", roles = new[] { role } });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("key").GetString()!, $"key:{body.GetProperty("id").GetGuid()}");
    }

    /// <summary>Adds a DPO through <c>POST /api/v1/dpos</c> as the organisation's own caller, working Monday to Friday 09:00–17:00 in Berlin.</summary>
    public async Task<Guid> DpoAsync(HttpClient organizationClient, string name, string email, string[] countries, Guid? deputyId = null,
        bool isGroupDpo = false, string? userId = null, Dictionary<string, string[]>? channelPreferences = null)
    {
        var body = new
        {
            name,
            email,
            phone = "+4915112345678",
            userId,
            timeZone = "Europe/Berlin",
            workingHours = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }.Select(day => new { day, start = "09:00", end = "17:00" }),
            countries,
            isGroupDpo,
            channelPreferences,
            deputyId,
        };
        using var response = await organizationClient.PostAsJsonAsync("/api/v1/dpos", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public async Task<Guid> RaiseAsync(HttpClient organizationClient, string priority, string country)
    {
        using var response = await organizationClient.PostAsJsonAsync("/api/v1/alerts", new
        {
            type = "DataBreach", priority, title = "Payroll export on a public share", body = "The March payroll export was reachable without login.", country,
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> AlertAsync(Guid id) => await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}");

    /// <summary>The evidence of one channel: every delivery attempt's outcome, oldest first.</summary>
    public async Task<List<JsonElement>> AttemptsAsync(Guid alert, string channel) =>
        [.. (await AlertAsync(alert)).GetProperty("deliveries").EnumerateArray().Where(d => d.GetProperty("channel").GetString() == channel)];

    /// <summary>A real SignalR client connected to <c>/hubs/notifications</c> with the key in its header.</summary>
    public Task<HubListener> ConnectAsync(string apiKey) =>
        HubListener.StartAsync(new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, "/hubs/notifications"), o => o.Headers["X-Api-Key"] = apiKey)
            .Build());

    /// <summary>Scheduled messages of a type (e.g. <c>EscalateAlert</c>) not yet delivered: the pending timers.</summary>
    public async Task<int> PendingTimersAsync(string type)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        return await db.Set<OutboxMessage>().CountAsync(m => m.DueAt != null && m.DeliveredAt == null && m.MessageType.EndsWith(":" + type));
    }

    public Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null) => Poll.UntilAsync(condition, timeout);

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

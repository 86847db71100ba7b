using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Breaches.Data;
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

namespace ComplianceHub.Breaches.Tests.Workflow;

/// <summary>
/// The Breaches module on the real host wiring (SQLite, in-memory bus, outbox, saga repository, durable timers) with
/// a fake clock: the saga harness of these tests.
/// </summary>
public sealed class BreachesHost : IAsyncDisposable
{
    private const string AdminKey = "unit-test-admin-key-0123456789abcdef";

    private BreachesHost(WebApplication app, TravellingClock clock)
    {
        App = app;
        Clock = clock;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public WebApplication App { get; }

    public TravellingClock Clock { get; }

    public HttpClient Client { get; }

    public static async Task<BreachesHost> StartAsync(DateTimeOffset now, params string[] settings)
    {
        var clock = new TravellingClock(now);
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={Directory.CreateTempSubdirectory("ch-breaches-").FullName}",
            $"--Security:BootstrapAdminKey={AdminKey}",
            "--Urls=http://127.0.0.1:0",
            "--Messaging:Outbox:PollInterval=00:00:00.100",
            "--Messaging:Outbox:TimerCheckInterval=00:00:00.100",
            "--Messaging:Outbox:DeliveredRetention=365.00:00:00",
            "--Http:RequestsPerSecond=100000",
            "--Http:Burst=100000",
            .. settings.Select(s => "--" + s),
        ]);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddBreachesModule();
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub().MapBreachesEndpoints();
        await app.StartAsync();
        var host = new BreachesHost(app, clock);
        await host.WaitUntilAsync(() => Task.FromResult(app.Services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy));
        return host;
    }

    public async Task<Guid> OrganizationAsync(string homeCountry)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Test controller", homeCountry });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<T> WithDbAsync<T>(Func<BreachesDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BreachesDbContext>());
    }

    /// <summary>Messages of a type the module published (delivered or not), e.g. <c>AuthorityNotificationDue</c>.</summary>
    public Task<List<OutboxMessage>> PublishedAsync(string messageType) =>
        WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DueAt == null && m.MessageType.EndsWith(":" + messageType)).ToListAsync());

    /// <summary>Timers of the workflow still waiting, e.g. <c>AuthorityReminderTimer</c>.</summary>
    public Task<List<OutboxMessage>> PendingTimersAsync(string messageType) =>
        WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DueAt != null && m.DeliveredAt == null && m.MessageType.EndsWith(":" + messageType)).ToListAsync());

    public async Task<JsonElement> GetAsync(Guid breachId)
    {
        using var response = await Client.GetAsync($"/api/v1/breaches/{breachId}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Polls the breach until the condition holds, or fails with the last state seen.</summary>
    public async Task<JsonElement> WaitForAsync(Guid breachId, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var breach = await GetAsync(breachId);
            if (condition(breach))
            {
                return breach;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The breach never reached the expected state: {breach}");
            }

            await Task.Delay(50);
        }
    }

    public Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null) => Poll.UntilAsync(condition, timeout);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

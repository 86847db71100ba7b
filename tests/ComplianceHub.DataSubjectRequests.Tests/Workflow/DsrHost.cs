using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.DataSubjectRequests.Data;
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

namespace ComplianceHub.DataSubjectRequests.Tests.Workflow;

/// <summary>
/// The DataSubjectRequests module on the real host wiring (SQLite, in-memory bus, outbox, saga repository, durable
/// timers) with a fake clock: the saga harness of these tests. A restart reuses <see cref="DataDirectory"/>.
/// </summary>
public sealed class DsrHost : IAsyncDisposable
{
    private const string AdminKey = "unit-test-admin-key-0123456789abcdef";

    private DsrHost(WebApplication app, TravellingClock clock, string dataDirectory)
    {
        App = app;
        Clock = clock;
        DataDirectory = dataDirectory;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public WebApplication App { get; }

    public TravellingClock Clock { get; }

    public string DataDirectory { get; }

    public HttpClient Client { get; }

    public static Task<DsrHost> StartAsync(TravellingClock clock, string? dataDirectory = null, params string[] settings) =>
        StartAsync(clock, dataDirectory, null, settings);

    /// <summary>Starts the host; <paramref name="configure"/> adds to it (e.g. a peer system's consumer on the same bus).</summary>
    public static async Task<DsrHost> StartAsync(TravellingClock clock, string? dataDirectory, Action<WebApplicationBuilder>? configure, params string[] settings)
    {
        var data = dataDirectory ?? Directory.CreateTempSubdirectory("ch-dsr-").FullName;
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={data}",
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
        builder.AddDataSubjectRequestsModule();
        configure?.Invoke(builder);
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub().MapDataSubjectRequestsEndpoints();
        await app.StartAsync();
        var host = new DsrHost(app, clock, data);
        await host.WaitUntilAsync(() => Task.FromResult(app.Services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy));
        return host;
    }

    public async Task<Guid> OrganizationAsync(string homeCountry)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Test controller", homeCountry });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<T> WithDbAsync<T>(Func<DataSubjectRequestsDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DataSubjectRequestsDbContext>());
    }

    /// <summary>Messages of a type the module published or sent (not timers), e.g. <c>DataSubjectRequestOverdue</c>.</summary>
    public Task<List<OutboxMessage>> PublishedAsync(string messageType) =>
        WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DueAt == null && m.MessageType.EndsWith(":" + messageType)).ToListAsync());

    /// <summary>Timers still waiting, e.g. <c>RequestReminderTimer</c>.</summary>
    public Task<List<OutboxMessage>> PendingTimersAsync(string messageType) =>
        WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DueAt != null && m.DeliveredAt == null && m.MessageType.EndsWith(":" + messageType)).ToListAsync());

    public async Task<Guid> ReceiveAsync(Guid organizationId, string type, DateTimeOffset receivedAt, object? subject = null)
    {
        var (status, body) = await PostAsync("/api/v1/data-subject-requests", new
        {
            organizationId,
            type,
            receivedAt,
            channel = "email",
            country = "DE",
            subject = subject ?? new { name = "Erika Mustermann", email = "erika@example.eu", identifier = "CUST-1042" },
            description = "Please send me a copy of my data.",
        });
        Assert.True(status == HttpStatusCode.Accepted, $"{status}: {body}");
        return body.GetProperty("id").GetGuid();
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, object body)
    {
        using var response = await Client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<JsonElement> ExpectAsync(HttpStatusCode expected, string path, object body)
    {
        var (status, answer) = await PostAsync(path, body);
        Assert.True(status == expected, $"{path}: expected {expected}, got {status}: {answer}");
        return answer;
    }

    public async Task<JsonElement> GetAsync(Guid requestId)
    {
        using var response = await Client.GetAsync($"/api/v1/data-subject-requests/{requestId}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<JsonElement> WaitForAsync(Guid requestId, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var request = await GetAsync(requestId);
            if (condition(request))
            {
                return request;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The request never reached the expected state: {request}");
            }

            await Task.Delay(50);
        }
    }

    public Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null) => Poll.UntilAsync(condition, timeout);

    public static bool HasTimeline(JsonElement request, string kind) =>
        request.GetProperty("timeline").EnumerateArray().Any(t => t.GetProperty("kind").GetString() == kind);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

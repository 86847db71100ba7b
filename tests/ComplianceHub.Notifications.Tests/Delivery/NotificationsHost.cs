using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Notifications.Channels;
using ComplianceHub.Notifications.Data;
using ComplianceHub.Notifications.Directory;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Notifications.Tests.Delivery;

/// <summary>The Notifications module on the real host wiring (SQLite, in-memory bus, outbox, timers) with a fake clock and recording channels.</summary>
public sealed class NotificationsHost : IAsyncDisposable
{
    private const string AdminKey = "unit-test-admin-key-0123456789abcdef";

    private NotificationsHost(WebApplication app, TravellingClock clock, RecordingChannel[] channels)
    {
        App = app;
        Clock = clock;
        (Email, Sms, InApp) = (channels[0], channels[1], channels[2]);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress };
        Client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public WebApplication App { get; }

    public TravellingClock Clock { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public RecordingChannel Email { get; }

    public RecordingChannel Sms { get; }

    public RecordingChannel InApp { get; }

    public static Task<NotificationsHost> StartAsync(DateTimeOffset now, params string[] settings) => StartAsync(now, _ => { }, settings);

    /// <param name="services">Extra services for the host (e.g. a log sink that captures events).</param>
    public static async Task<NotificationsHost> StartAsync(DateTimeOffset now, Action<IServiceCollection> services, params string[] settings)
    {
        var clock = new TravellingClock(now);
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={System.IO.Directory.CreateTempSubdirectory("ch-notifications-").FullName}",
            $"--Security:BootstrapAdminKey={AdminKey}",
            "--Urls=http://127.0.0.1:0",
            "--Messaging:Outbox:PollInterval=00:00:00.100",
            "--Messaging:Outbox:TimerCheckInterval=00:00:00.100",
            "--Messaging:Outbox:DeliveredRetention=365.00:00:00",
            "--Modules:Notifications:DeliveryRetryBaseDelay=00:00:05",
            "--Modules:Notifications:DeliveryRetryMaxDelay=00:00:05",
            "--Http:RequestsPerSecond=100000",
            "--Http:Burst=100000",
            .. settings.Select(s => "--" + s),
        ]);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddNotificationsModule();
        // Registered after the module's own channels: the last channel of a kind is the one used.
        RecordingChannel[] channels = [new(ChannelKind.Email), new(ChannelKind.Sms), new(ChannelKind.InApp)];
        foreach (var channel in channels)
        {
            builder.Services.AddSingleton<INotificationChannel>(channel);
        }

        services(builder.Services);
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub().MapNotificationsEndpoints();
        app.MapNotificationsPages();
        await app.StartAsync();
        var host = new NotificationsHost(app, clock, channels);
        await host.WaitUntilAsync(() => Task.FromResult(app.Services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy));
        return host;
    }

    public async Task<Guid> OrganizationAsync(string homeCountry = "DE")
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Test controller", homeCountry });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A client with an API key of the organisation holding these roles.</summary>
    public async Task<HttpClient> CallerAsync(Guid organization, params string[] roles)
    {
        using var response = await Client.PostAsJsonAsync($"/api/v1/organizations/{organization}/api-keys", new { name = "test", roles });
        response.EnsureSuccessStatusCode();
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
        return client;
    }

    /// <summary>The items of <c>GET /api/v1/alerts{query}</c> as <paramref name="caller"/> (the platform Admin when null).</summary>
    public async Task<List<JsonElement>> ListAlertsAsync(string query = "", HttpClient? caller = null)
    {
        var page = await (caller ?? Client).GetFromJsonAsync<JsonElement>($"/api/v1/alerts{query}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    /// <summary>Adds a DPO to the directory, contact data encrypted as the API stores it.</summary>
    public async Task<Guid> DpoAsync(Guid organization, string name, string[] countries, bool group = false, Guid? deputy = null,
        string timeZone = "Europe/Berlin", bool withPhone = true, List<WorkingPeriod>? hours = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var id = NewId.NextGuid();
        db.Dpos.Add(new Dpo
        {
            Id = id,
            OrganizationId = organization,
            Name = protector.Protect(name, id, nameof(Dpo.Name)),
            Email = protector.Protect($"{name.ToLowerInvariant().Replace(' ', '.')}@example.eu", id, nameof(Dpo.Email)),
            Phone = withPhone ? protector.Protect("+4915112345678", id, nameof(Dpo.Phone)) : null,
            UserId = $"user-{name}",
            TimeZone = timeZone,
            WorkingHours = hours ?? [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Select(d => new WorkingPeriod(d, new TimeOnly(9, 0), new TimeOnly(17, 0)))],
            Countries = [.. countries],
            IsGroupDpo = group,
            DeputyId = deputy,
            CreatedAt = Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return id;
    }

    public async Task<Guid> RaiseAsync(Guid organization, string priority, string? country = "DE", DateTimeOffset? deadline = null, string type = "ProcessingRisk")
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/alerts", new
        {
            organizationId = organization, type, priority, title = "Processor without DPA", body = "Vendor X processes customer data without a DPA.",
            country, deadline,
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> AlertAsync(Guid id) => await Client.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}");

    public async Task<T> WithDeadLettersAsync<T>(Func<ComplianceHub.Shared.DeadLetters.Data.DeadLetterDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ComplianceHub.Shared.DeadLetters.Data.DeadLetterDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<NotificationsDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
    }

    public Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null) => Poll.UntilAsync(condition, timeout);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

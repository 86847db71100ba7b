using ComplianceHub.Notifications.Tests.InApp;
using ComplianceHub.Shared.DeadLetters.Data;
using Microsoft.AspNetCore.Http.Connections;

namespace ComplianceHub.Notifications.Tests;

/// <summary>What the Notifications tests read and do on a <see cref="ModuleTestHost"/>: alerts, DPOs, channels, webhooks, the hub.</summary>
internal static class NotificationsTestHostExtensions
{
    extension(ModuleTestHost host)
    {
        /// <summary>The recording e-mail channel (<see cref="NotificationsTestHosts"/>' <c>Notifications</c>).</summary>
        public RecordingChannel Email => host.Recording(ChannelKind.Email);

        public RecordingChannel Sms => host.Recording(ChannelKind.Sms);

        public RecordingChannel InApp => host.Recording(ChannelKind.InApp);

        /// <summary>The channel of the in-app host (<c>InAppChannel</c>).</summary>
        public INotificationChannel Channel => host.Services.GetServices<INotificationChannel>().Single(c => c.Kind == ChannelKind.InApp);

        public IReadOnlyList<Contracts.WebhookEndpointDisabled> DisabledEndpoints =>
            [.. host.Services.GetRequiredService<DisabledEndpointProbe.Seen>().Messages];

        private string HubUrl => host.BaseAddress.GetLeftPart(UriPartial.Authority) + "/hubs/notifications";

        private RecordingChannel Recording(ChannelKind kind) =>
            host.Services.GetServices<INotificationChannel>().OfType<RecordingChannel>().Single(c => c.Kind == kind);

        public Task<T> WithDbAsync<T>(Func<NotificationsDbContext, Task<T>> query) => host.WithDbAsync<NotificationsDbContext, T>(query);

        public Task<T> WithDeadLettersAsync<T>(Func<DeadLetterDbContext, Task<T>> query) => host.WithDbAsync<DeadLetterDbContext, T>(query);

        /// <summary>Messages of a type the module published (delivered or not), e.g. <c>WebhookEndpointDisabled</c>.</summary>
        public Task<List<OutboxMessage>> PublishedAsync(string messageType) => host.PublishedAsync<NotificationsDbContext>(messageType);

        /// <summary>Scheduled messages of a type (e.g. <c>EscalateAlert</c>) not yet delivered: the pending timers.</summary>
        public async Task<int> PendingTimersAsync(string type) => (await host.PendingTimersAsync<NotificationsDbContext>(type)).Count;

        /// <summary>The items of <c>GET /api/v1/alerts{query}</c> as <paramref name="caller"/> (the platform Admin when null).</summary>
        public async Task<List<JsonElement>> ListAlertsAsync(string query = "", HttpClient? caller = null)
        {
            var page = await (caller ?? host.Client).GetFromJsonAsync<JsonElement>($"/api/v1/alerts{query}");
            return [.. page.GetProperty("items").EnumerateArray()];
        }

        /// <summary>A new organisation whose one DPO, Rita Regional, covers Germany and works Monday to Friday 09:00–17:00 in Berlin.</summary>
        public async Task<Guid> OrganizationWithRegionalDpoAsync()
        {
            var organization = await host.OrganizationAsync();
            await host.DpoAsync(organization, "Rita Regional", ["DE"]);
            return organization;
        }

        /// <summary>Adds a DPO to the directory, contact data encrypted as the API stores it.</summary>
        public async Task<Guid> DpoAsync(Guid organization, string name, string[] countries, bool group = false, Guid? deputy = null,
            string timeZone = "Europe/Berlin", bool withPhone = true, List<WorkingPeriod>? hours = null)
        {
            await using var scope = host.Services.CreateAsyncScope();
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
                CreatedAt = host.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
            return id;
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
            return await CreatedIdAsync(response, HttpStatusCode.Created);
        }

        /// <summary>Raises an alert as the platform Admin for <paramref name="organization"/>.</summary>
        public async Task<Guid> RaiseAsync(Guid organization, string priority, string? country = "DE", DateTimeOffset? deadline = null, string type = "ProcessingRisk")
        {
            using var response = await host.Client.PostAsJsonAsync("/api/v1/alerts", new
            {
                organizationId = organization, type, priority, title = "Processor without DPA", body = "Vendor X processes customer data without a DPA.",
                country, deadline,
            });
            return await CreatedIdAsync(response, HttpStatusCode.Accepted);
        }

        /// <summary>Raises a breach alert as the organisation's own caller.</summary>
        public async Task<Guid> RaiseAsync(HttpClient organizationClient, string priority, string country)
        {
            using var response = await organizationClient.PostAsJsonAsync("/api/v1/alerts", new
            {
                type = "DataBreach", priority, title = "Payroll export on a public share", body = "The March payroll export was reachable without login.", country,
            });
            return await CreatedIdAsync(response, HttpStatusCode.Accepted);
        }

        public async Task<JsonElement> AlertAsync(Guid id) => await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}");

        /// <summary>The evidence of one channel: every delivery attempt's outcome, oldest first.</summary>
        public async Task<List<JsonElement>> AttemptsAsync(Guid alert, string channel) =>
            [.. (await host.AlertAsync(alert)).GetProperty("deliveries").EnumerateArray().Where(d => d.GetProperty("channel").GetString() == channel)];

        /// <summary>A started connection to <c>/hubs/notifications</c> with the key in its header (the .NET client can set headers on WebSockets).</summary>
        public Task<HubListener> ConnectAsync(string? key, string query = "") =>
            HubListener.StartAsync(new HubConnectionBuilder()
                .WithUrl(host.HubUrl + query, o =>
                {
                    if (key is not null)
                    {
                        o.Headers["X-Api-Key"] = key;
                    }
                })
                .Build());

        /// <summary>A browser-like connection: straight to WebSockets, the bearer token only in the query.</summary>
        public Task<HubListener> ConnectWithQueryTokenAsync(string token) =>
            HubListener.StartAsync(new HubConnectionBuilder()
                .WithUrl(host.HubUrl + "?access_token=" + Uri.EscapeDataString(token), o =>
                {
                    o.SkipNegotiation = true;
                    o.Transports = HttpTransportType.WebSockets;
                })
                .Build());
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}

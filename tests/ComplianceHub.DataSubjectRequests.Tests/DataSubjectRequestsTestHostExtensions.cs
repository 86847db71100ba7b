using ComplianceHub.DataSubjectRequests.Data;
using Microsoft.AspNetCore.Builder;

namespace ComplianceHub.DataSubjectRequests.Tests;

/// <summary>
/// The DataSubjectRequests module on <see cref="ModuleTestHost"/> (SQLite, in-memory bus, outbox, saga repository,
/// durable timers) with a travelling clock: the saga harness of these tests. A restart reuses the data directory.
/// </summary>
public static class DataSubjectRequestsTestHostExtensions
{
    extension(ModuleTestHostOptions options)
    {
        public ModuleTestHostOptions DataSubjectRequests(TravellingClock clock, string? dataDirectory = null, params string[] settings) =>
            options.DataSubjectRequests(clock, dataDirectory, null, settings);

        /// <param name="configure">Adds to the host (e.g. a peer system's consumer on the same bus).</param>
        public ModuleTestHostOptions DataSubjectRequests(
            TravellingClock clock, string? dataDirectory, Action<WebApplicationBuilder>? configure, params string[] settings) => options
            .WithClock(clock)
            .InDirectory(dataDirectory)
            .InTemporaryDirectory("ch-dsr-")
            .FastOutbox("00:00:00.100", "00:00:00.100")
            .Unthrottled()
            .AddModule(builder => builder.AddDataSubjectRequestsModule(), api => api.MapDataSubjectRequestsEndpoints())
            .Configure(configure)
            .With(settings);
    }

    extension(ModuleTestHost host)
    {
        public Task<T> WithDbAsync<T>(Func<DataSubjectRequestsDbContext, Task<T>> query) => host.WithDbAsync<DataSubjectRequestsDbContext, T>(query);

        /// <summary>Messages of a type the module published or sent (not timers), e.g. <c>DataSubjectRequestOverdue</c>.</summary>
        public Task<List<OutboxMessage>> PublishedAsync(string messageType) => host.PublishedAsync<DataSubjectRequestsDbContext>(messageType);

        /// <summary>Timers still waiting, e.g. <c>RequestReminderTimer</c>.</summary>
        public Task<List<OutboxMessage>> PendingTimersAsync(string messageType) => host.PendingTimersAsync<DataSubjectRequestsDbContext>(messageType);

        public async Task<Guid> ReceiveAsync(Guid organizationId, string type, DateTimeOffset receivedAt, object? subject = null)
        {
            var (status, body) = await host.PostAsync("/api/v1/data-subject-requests", new
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

        public Task<JsonElement> GetAsync(Guid requestId) => host.GetJsonAsync($"/api/v1/data-subject-requests/{requestId}");

        public Task<JsonElement> WaitForAsync(Guid requestId, Func<JsonElement, bool> condition, TimeSpan? timeout = null) =>
            ModuleTestHost.WaitForAsync(() => host.GetAsync(requestId), condition, "request", timeout);
    }

    extension(ModuleTestHost)
    {
        public static bool HasTimeline(JsonElement request, string kind) =>
            request.GetProperty("timeline").EnumerateArray().Any(t => t.GetProperty("kind").GetString() == kind);
    }
}

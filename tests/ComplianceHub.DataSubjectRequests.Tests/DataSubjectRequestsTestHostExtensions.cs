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

        /// <summary>Registers a fulfilment system (201); the answer carries its id and, for a webhook, its secret.</summary>
        public Task<JsonElement> RegisterSystemAsync(Guid organizationId, string name, string delivery, string address, params string[] requestTypes) =>
            host.ExpectAsync(HttpStatusCode.Created, "/api/v1/fulfilment-systems", new { organizationId, name, requestTypes, delivery, address });

        /// <summary>The subject's identity is verified (202): the fulfilment fan-out starts.</summary>
        public Task<JsonElement> VerifyAsync(Guid requestId, string method = "email") =>
            host.ExpectAsync(HttpStatusCode.Accepted, $"/api/v1/data-subject-requests/{requestId}/identity-verification", new { outcome = "Verified", method });

        /// <summary>The request is answered (202), fulfilled.</summary>
        public Task<JsonElement> RespondFulfilledAsync(Guid requestId, DateTimeOffset sentAt) =>
            host.ExpectAsync(HttpStatusCode.Accepted, $"/api/v1/data-subject-requests/{requestId}/respond", new { sentAt, outcome = "Fulfilled" });

        /// <summary>The id of the request's only fulfilment task.</summary>
        public async Task<Guid> OnlyTaskAsync(Guid requestId) =>
            (await host.GetAsync(requestId)).GetProperty("tasks").EnumerateArray().Single().GetProperty("id").GetGuid();

        /// <summary>An outbox body as the module wrote it: opened with the host's key ring where it is sealed at rest.</summary>
        public string OpenOutbox(OutboxMessage message)
        {
            if (!message.Body.StartsWith("ob1:", StringComparison.Ordinal))
            {
                return message.Body;
            }

            var keys = host.App.Services.GetRequiredService<MessageKeyRing>();
            return Encoding.UTF8.GetString(keys.Decrypt(Convert.FromBase64String(message.Body[4..]), Encoding.ASCII.GetBytes($"compliancehub/outbox/v1/{message.MessageId:N}")));
        }

        public Task<JsonElement> WaitForAsync(Guid requestId, Func<JsonElement, bool> condition, TimeSpan? timeout = null) =>
            ModuleTestHost.WaitForAsync(() => host.GetAsync(requestId), condition, "request", timeout);
    }

    extension(ModuleTestHost)
    {
        public static bool HasTimeline(JsonElement request, string kind) =>
            request.GetProperty("timeline").EnumerateArray().Any(t => t.GetProperty("kind").GetString() == kind);

        /// <summary>The id of the task of the system that is told by <paramref name="delivery"/> (Bus or Webhook).</summary>
        public static Guid TaskId(IEnumerable<JsonElement> tasks, string delivery) =>
            tasks.Single(t => t.GetProperty("delivery").GetString() == delivery).GetProperty("id").GetGuid();
    }
}

using ComplianceHub.Breaches.Data;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Breaches.Tests;

/// <summary>
/// The Breaches module on <see cref="ModuleTestHost"/> (SQLite, in-memory bus, outbox, saga repository, durable
/// timers) with a travelling clock: the saga harness of these tests.
/// </summary>
public static class BreachesTestHostExtensions
{
    extension(ModuleTestHostOptions options)
    {
        public ModuleTestHostOptions Breaches(DateTimeOffset now, params string[] settings) => options
            .At(now)
            .InTemporaryDirectory("ch-breaches-")
            .FastOutbox("00:00:00.100", "00:00:00.100")
            .Unthrottled()
            .AddModule(builder => builder.AddBreachesModule(), api => api.MapBreachesEndpoints())
            .With(settings);
    }

    extension(ModuleTestHost host)
    {
        public Task<T> WithDbAsync<T>(Func<BreachesDbContext, Task<T>> query) => host.WithDbAsync<BreachesDbContext, T>(query);

        /// <summary>Messages of a type the module published (delivered or not), e.g. <c>AuthorityNotificationDue</c>.</summary>
        public Task<List<OutboxMessage>> PublishedAsync(string messageType) => host.PublishedAsync<BreachesDbContext>(messageType);

        /// <summary>Timers of the workflow still waiting, e.g. <c>AuthorityReminderTimer</c>.</summary>
        public Task<List<OutboxMessage>> PendingTimersAsync(string messageType) => host.PendingTimersAsync<BreachesDbContext>(messageType);

        public Task<JsonElement> GetAsync(Guid breachId) => host.GetJsonAsync($"/api/v1/breaches/{breachId}");

        /// <summary>Polls the breach until the condition holds, or fails with the last state seen.</summary>
        public Task<JsonElement> WaitForAsync(Guid breachId, Func<JsonElement, bool> condition, TimeSpan? timeout = null) =>
            ModuleTestHost.WaitForAsync(() => host.GetAsync(breachId), condition, "breach", timeout);
    }
}

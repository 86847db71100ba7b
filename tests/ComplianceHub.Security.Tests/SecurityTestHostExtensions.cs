using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Security.Tests;

/// <summary>
/// The Security module on <see cref="ModuleTestHost"/> (SQLite, in-memory bus, outbox, ordered endpoint) with a
/// travelling clock and an organisation every helper submits for.
/// </summary>
public static class SecurityTestHostExtensions
{
    extension(ModuleTestHostOptions options)
    {
        /// <param name="services">Registered after the module's and the bus's own.</param>
        public ModuleTestHostOptions Security(DateTimeOffset now, Action<IServiceCollection>? services, params string[] settings) => options
            .At(now)
            .InTemporaryDirectory("ch-security-")
            .FastOutbox("00:00:00.050")
            .Unthrottled()
            .AddModule(builder => builder.AddSecurityModule(), api => api.MapSecurityEndpoints())
            .ServicesAfterMessaging(services)
            .WithOrganization("DE")
            .With(settings);

        public ModuleTestHostOptions Security(DateTimeOffset now, params string[] settings) => options.Security(now, null, settings);
    }

    extension(ModuleTestHost host)
    {
        /// <summary>Submits a batch for the host's organisation and expects 202.</summary>
        public async Task<JsonElement> SubmitAsync(params object[] items)
        {
            var (status, body) = await host.SendAsync(HttpMethod.Post, "/api/v1/security-events/batch", new { organizationId = host.Organization, items });
            Assert.True(status == HttpStatusCode.Accepted, $"{status}: {body}");
            return body;
        }

        public Task<T> WithDbAsync<T>(Func<SecurityDbContext, Task<T>> query) => host.WithDbAsync<SecurityDbContext, T>(query);

        /// <summary>Waits until every stored event has been evaluated.</summary>
        public Task EvaluatedAsync() =>
            Poll.UntilAsync(() => host.WithDbAsync(db => db.Events.AllAsync(e => e.EvaluatedAt != null)), TimeSpan.FromSeconds(30));

        public async Task<List<JsonElement>> AlertsAsync(string query = "")
        {
            var (status, body) = await host.SendAsync(HttpMethod.Get, "/api/v1/security-alerts?pageSize=500" + query);
            Assert.Equal(HttpStatusCode.OK, status);
            return [.. body.GetProperty("items").EnumerateArray()];
        }

        /// <summary>Messages the module published of a type (e.g. <c>PotentialBreachDetected</c>).</summary>
        public Task<List<OutboxMessage>> PublishedAsync(string messageType) => host.OutboxAsync<SecurityDbContext>(messageType);
    }
}

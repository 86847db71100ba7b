namespace ComplianceHub.IntegrationTests;

/// <summary>"A retry with the same Idempotency-Key returns the first response": exactly once, even when the retries race.</summary>
[Collection(ServersCollection.Name)]
public sealed class IdempotencyOnRealServersTests(ServersFixture servers)
{
    private const int Racers = 20;

    [Fact]
    public async Task Twenty_concurrent_reports_with_one_key_store_one_breach_and_one_event_and_get_one_answer()
    {
        var settings = await servers.FreshHostSettingsAsync();
        settings["Database:MigrateOnStartup"] = "true";
        await using var host = new HostProcess(settings);
        await host.StartReadyAsync(TimeSpan.FromSeconds(60));
        var report = Breaches.Report(await Breaches.OrganizationOfAsync(host.Client), "IE");
        var key = Guid.NewGuid().ToString();
        using var start = new SemaphoreSlim(0);

        var racing = Enumerable.Range(0, Racers).Select(async _ =>
        {
            await start.WaitAsync();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/breaches") { Content = JsonContent.Create(report) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await host.Client.SendAsync(request);
            return new Answer(
                response.StatusCode,
                response.Headers.Location?.OriginalString,
                await response.Content.ReadAsStringAsync(),
                response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Single() == "true");
        }).ToList();
        start.Release(Racers);
        var answers = await Task.WhenAll(racing);

        var distinct = answers.Select(a => (a.Status, a.Location, a.Body)).Distinct().ToList();
        var only = Assert.Single(distinct);
        Assert.True(only.Status == HttpStatusCode.Accepted, $"{only.Status}: {only.Body}");
        Assert.NotNull(only.Location);
        Assert.Equal(Racers - 1, answers.Count(a => a.Replayed));
        Assert.Equal(1L, await CountAsync(settings, "SELECT count(*) FROM breaches.breaches"));
        Assert.Equal(1L, await CountAsync(settings, "SELECT count(*) FROM breaches.outbox_message WHERE \"MessageType\" LIKE '%BreachReported%'"));
        Assert.Equal(1L, await CountAsync(settings, "SELECT count(*) FROM idempotency.idempotency_records"));
    }

    private static async Task<long> CountAsync(Dictionary<string, string> settings, string sql)
    {
        await using var connection = new NpgsqlConnection(settings["ConnectionStrings:ComplianceHub"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed record Answer(HttpStatusCode Status, string? Location, string Body, bool Replayed);
}

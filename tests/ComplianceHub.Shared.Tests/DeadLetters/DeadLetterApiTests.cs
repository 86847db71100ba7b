namespace ComplianceHub.Shared.Tests.DeadLetters;

public sealed class DeadLetterApiTests
{
    [Fact]
    public async Task The_store_is_listed_filtered_and_summarised_without_payloads()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Retry:Limit=1", "Messaging:Retry:BaseDelay=00:00:00.010"));
        var entry = await PoisonCheck.RunAsync(host, Guid.NewGuid(), healthy: 3, TimeSpan.FromSeconds(30));
        using var client = Client(host);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/dead-letters?queue=record-entry");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(entry.Id, item.GetProperty("id").GetGuid());
        Assert.False(item.TryGetProperty("payload", out _));
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var other = await client.GetFromJsonAsync<JsonElement>("/api/v1/dead-letters?queue=somewhere-else");
        Assert.Equal(0, other.GetProperty("total").GetInt32());

        var metrics = await client.GetFromJsonAsync<JsonElement>("/api/v1/dead-letters/metrics");
        Assert.Equal(1, metrics.GetProperty("totalEvents").GetInt32());
        Assert.Equal(1, metrics.GetProperty("eventsToday").GetInt32());
        Assert.Equal(entry.FirstFailedAt, metrics.GetProperty("oldestEvent").GetDateTimeOffset());
        var reason = Assert.Single(metrics.GetProperty("topFailureReasons").EnumerateArray());
        Assert.Equal(entry.Reason, reason.GetProperty("reason").GetString());
        Assert.Equal(1, reason.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task An_empty_store_has_no_oldest_or_newest_event_and_bad_paging_names_the_field()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var client = Client(host);

        var metrics = await client.GetFromJsonAsync<JsonElement>("/api/v1/dead-letters/metrics");
        Assert.Equal(0, metrics.GetProperty("totalEvents").GetInt32());
        Assert.True(metrics.GetProperty("oldestEvent").ValueKind == JsonValueKind.Null);

        using var bad = await client.GetAsync("/api/v1/dead-letters?pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("pageSize", out _));

        client.DefaultRequestHeaders.Remove("X-Api-Key");
        using var anonymous = await client.GetAsync("/api/v1/dead-letters");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Top_failure_reasons_are_ordered_by_count_and_archived_entries_are_left_out()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var now = DateTimeOffset.UtcNow;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
            string[] reasons = ["timeout", "timeout", "timeout", "refused", "bad json", "bad json", "archived"];
            db.DeadLetters.AddRange(reasons.Select((reason, i) => new DeadLetter
            {
                Id = Guid.NewGuid(),
                MessageType = "urn:message:Test:Thing",
                SourceQueue = "q",
                Reason = reason,
                ExceptionType = "E",
                FailureCount = 1,
                FirstFailedAt = now.AddMinutes(-i),
                LastFailedAt = now.AddMinutes(-i),
                Attempts = "[]",
                Payload = [1],
                ArchivedAt = reason == "archived" ? now : null,
            }));
            await db.SaveChangesAsync();
        }

        using var client = Client(host);
        var metrics = await client.GetFromJsonAsync<JsonElement>("/api/v1/dead-letters/metrics");

        Assert.Equal(6, metrics.GetProperty("totalEvents").GetInt32());
        Assert.Equal(
            [("timeout", 3), ("bad json", 2), ("refused", 1)],
            metrics.GetProperty("topFailureReasons").EnumerateArray().Select(r => (r.GetProperty("reason").GetString(), r.GetProperty("count").GetInt32())));
        Assert.Equal(now.AddMinutes(-5), metrics.GetProperty("oldestEvent").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var archive = await client.GetFromJsonAsync<JsonElement>("/api/v1/dead-letters?archived=true");
        Assert.Equal("archived", Assert.Single(archive.GetProperty("items").EnumerateArray()).GetProperty("reason").GetString());
    }

    internal static HttpClient Client(ModuleTestHost host) => host.ClientWith(host.AdminKey);
}

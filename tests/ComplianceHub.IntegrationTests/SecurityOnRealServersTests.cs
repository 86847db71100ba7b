namespace ComplianceHub.IntegrationTests;

/// <summary>
/// Art. 32 monitoring end to end on the real host, RabbitMQ and PostgreSQL: a burst of reads through REST is evaluated
/// on the ordered endpoint, opens a breach in the Breaches module (Art. 33 clock) and raises a Critical alert in the
/// Notifications module.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class SecurityOnRealServersTests(ServersFixture servers)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_access_pattern_burst_opens_a_breach_and_raises_a_critical_alert()
    {
        var settings = await servers.FreshHostSettingsAsync();
        settings["Database:MigrateOnStartup"] = "true";
        await using var host = new HostProcess(settings);
        await host.StartReadyAsync(Patience);
        var organization = await Breaches.OrganizationOfAsync(host.Client);

        // 12 x 100 records within 10 minutes by a principal without history: above 5x its (zero) baseline and >= 1,000.
        var now = DateTimeOffset.UtcNow;
        using var submitted = await host.Client.PostAsJsonAsync("/api/v1/security-events/batch", new
        {
            organizationId = organization,
            items = Enumerable.Range(0, 12).Select(i => new
            {
                type = "AccessControl", externalId = $"burst-{i}", source = "siem-eu-1", occurredAt = now.AddMinutes(-6).AddSeconds(i * 20), country = "DE",
                details = new { principal = "svc-export@example.eu", resource = "customer-db", outcome = "Granted", recordsRead = 100 },
            }).ToArray(),
        });
        Assert.True(submitted.StatusCode == HttpStatusCode.Accepted, await submitted.Content.ReadAsStringAsync());

        var alert = await WaitForAsync(host, "/api/v1/security-alerts?priority=Critical", "the Critical security alert");
        Assert.True(alert.GetProperty("potentialBreach").GetBoolean());
        Assert.DoesNotContain("svc-export", alert.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var alertId = alert.GetProperty("id").GetString();

        var breach = await WaitForAsync(host, "/api/v1/breaches", "the breach opened from the detection");
        Assert.Equal("Potential breach detected: UnusualAccessPattern", breach.GetProperty("title").GetString());
        Assert.Equal(["DE"], breach.GetProperty("affectedCountries").EnumerateArray().Select(c => c.GetString()!).ToArray());

        var notification = await WaitForAsync(host, $"/api/v1/alerts?source=security/{alertId}", "the Notifications alert");
        Assert.Equal("Critical", notification.GetProperty("priority").GetString());
        Assert.Equal("AccessControl", notification.GetProperty("type").GetString());
    }

    private static async Task<JsonElement> WaitForAsync(HostProcess host, string path, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await host.Client.GetAsync(path);
            last = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && JsonDocument.Parse(last).RootElement is var page && page.GetProperty("total").GetInt32() > 0)
            {
                return page.GetProperty("items")[0].Clone();
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Never saw {what} at {path}; last answer: {last}");
    }
}

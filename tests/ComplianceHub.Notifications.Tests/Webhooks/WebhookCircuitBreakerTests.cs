namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>
/// Issue 4: each webhook endpoint has its own circuit breaker (<c>webhook:{subscriptionId}</c>): a failing receiver
/// stops being called, another endpoint on the same host is not held back, and an event that meets an open breaker
/// is retried, never lost.
/// </summary>
public sealed class WebhookCircuitBreakerTests
{
    [Fact]
    public async Task A_receiver_that_keeps_failing_opens_its_breaker_and_is_not_called_while_it_is_open()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.WebhooksWithTrippingBreakers());
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => 503;
        var organization = await host.CreateOrganizationAsync("Acme Health");
        using var dpo = await host.CallerAsync(organization, Roles.Dpo);
        var (subscription, _) = await WebhookApi.SubscribeAsync(dpo, receiver.Url, "*");

        await WebhookApi.PingAsync(dpo, subscription);
        await WebhookApi.PingAsync(dpo, subscription);
        var name = WebhookSender.BreakerName(subscription);
        await Poll.UntilAsync(async () => await StateAsync(host, name) == "Open");
        Assert.Equal(2, receiver.Received.Count);

        var third = await WebhookApi.PingAsync(dpo, subscription);
        await Poll.UntilAsync(async () => (await WebhookApi.DeliveriesAsync(dpo, subscription)).ToString().Contains(third.ToString(), StringComparison.Ordinal)
            && !(await WebhookApi.DeliveriesAsync(dpo, subscription)).ToString().Contains("\"Pending\"", StringComparison.Ordinal));
        await Task.Delay(500);
        Assert.Equal(2, receiver.Received.Count);
    }

    [Fact]
    public async Task When_one_organisations_endpoint_opens_its_breaker_another_endpoint_on_the_same_host_is_still_called()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.WebhooksWithTrippingBreakers());
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerByPath = path => path.EndsWith("/failing", StringComparison.Ordinal) ? 503 : 200;
        var failingUrl = receiver.Url.Replace("/hooks/alerts", "/hooks/failing", StringComparison.Ordinal);
        using var acme = await host.CallerAsync(await host.CreateOrganizationAsync("Acme Health"), Roles.Dpo);
        using var globex = await host.CallerAsync(await host.CreateOrganizationAsync("Globex Clinics"), Roles.Dpo);
        var (failing, _) = await WebhookApi.SubscribeAsync(acme, failingUrl, "*");
        var (healthy, _) = await WebhookApi.SubscribeAsync(globex, receiver.Url, "*");

        await WebhookApi.PingAsync(acme, failing);
        await WebhookApi.PingAsync(acme, failing);
        await Poll.UntilAsync(async () => await StateAsync(host, WebhookSender.BreakerName(failing)) == "Open");

        var ping = await WebhookApi.PingAsync(globex, healthy);

        await Poll.UntilAsync(async () => (await WebhookApi.DeliveriesAsync(globex, healthy)).EnumerateArray()
            .Any(d => d.GetProperty("id").GetGuid() == ping && d.GetProperty("status").GetString() == "Delivered"));
        Assert.Single(receiver.Received, r => r.Path == "/hooks/alerts" && r.Id == ping.ToString());
        Assert.Equal(2, receiver.Received.Count(r => r.Path == "/hooks/failing"));
        Assert.Equal("Closed", await StateAsync(host, WebhookSender.BreakerName(healthy)));
        Assert.Equal("Open", await StateAsync(host, WebhookSender.BreakerName(failing)));
    }

    [Fact]
    public async Task An_event_that_meets_an_open_breaker_is_retried_and_delivered_exactly_once_after_it_closes()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Webhooks("Modules:Notifications:Webhooks:RetryWindow=00:01:00"));
        await using var receiver = await WebhookReceiver.StartAsync();
        var organization = await host.CreateOrganizationAsync("Acme Health");
        using var dpo = await host.CallerAsync(organization, Roles.Dpo);
        var (subscription, secret) = await WebhookApi.SubscribeAsync(dpo, receiver.Url, "*");
        var breaker = host.App.Services.GetRequiredService<CircuitBreakerRegistry>().Get(WebhookSender.BreakerName(subscription));
        breaker.ForceOpen("receiver maintenance", "test");
        var alert = new AlertRaised
        {
            AlertId = NewId.NextGuid(),
            OrganizationId = organization,
            Type = "DataBreach",
            Priority = "Critical",
            Country = "DE",
            RaisedAt = DateTimeOffset.UtcNow,
        };

        await host.App.Services.GetRequiredService<IBus>().Publish(alert);

        // Several attempts rejected by the open breaker, none reaching the receiver, the delivery still pending.
        JsonElement delivery = default;
        await Poll.UntilAsync(async () =>
        {
            delivery = (await WebhookApi.DeliveriesAsync(dpo, subscription)).EnumerateArray().SingleOrDefault();
            return delivery.ValueKind == JsonValueKind.Object && delivery.GetProperty("attempts").GetInt32() >= 3;
        });
        Assert.Empty(receiver.Received);
        Assert.Equal("Pending", delivery.GetProperty("status").GetString());
        Assert.All(delivery.GetProperty("history").EnumerateArray(), a => Assert.Equal("circuit open", a.GetProperty("error").GetString()));

        breaker.ForceClose("receiver back", "test");

        await Poll.UntilAsync(async () => (await WebhookApi.DeliveriesAsync(dpo, subscription)).EnumerateArray()
            .Any(d => d.GetProperty("status").GetString() == "Delivered"));
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // longer than any retry wait: nothing more may come
        var received = Assert.Single(receiver.Received);
        Assert.Null(StandardWebhooksVerifier.Problem(secret, received.Id, received.Timestamp, received.Signature, received.Body, DateTimeOffset.UtcNow));
        Assert.Equal(alert.AlertId, JsonDocument.Parse(received.Body).RootElement.GetProperty("data").GetProperty("alertId").GetGuid());
        var settled = Assert.Single((await WebhookApi.DeliveriesAsync(dpo, subscription)).EnumerateArray());
        Assert.Equal(delivery.GetProperty("id").GetGuid(), settled.GetProperty("id").GetGuid());
        Assert.Equal(200, settled.GetProperty("lastStatus").GetInt32());
        Assert.True((await WebhookApi.SubscriptionAsync(dpo, subscription)).GetProperty("enabled").GetBoolean());
    }

    private static async Task<string?> StateAsync(ModuleTestHost host, string name)
    {
        using var response = await host.Client.GetAsync($"/api/v1/circuit-breakers/{Uri.EscapeDataString(name)}");
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString()
            : null;
    }
}

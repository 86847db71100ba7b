namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>Deliveries to a real loopback receiver that checks every signature with its own Standard Webhooks code.</summary>
public sealed class WebhookDeliveryTests() : WebhookTestContext("Modules:Notifications:Webhooks:DisableAfterFailedDeliveries=2")
{
    [Fact]
    public async Task A_ping_arrives_signed_with_the_secret_shown_at_creation_and_is_logged_as_delivered()
    {
        var (subscription, secret) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "*");

        var deliveryId = await WebhookApi.PingAsync(DpoCaller, subscription);

        var delivery = await WaitForStatusAsync(subscription, deliveryId, "Delivered");
        var received = Assert.Single(Receiver.Received);
        Assert.Null(StandardWebhooksVerifier.Problem(secret, received.Id, received.Timestamp, received.Signature, received.Body, DateTimeOffset.UtcNow));
        Assert.Equal(deliveryId.ToString(), received.Id);
        Assert.StartsWith("application/json", received.ContentType, StringComparison.Ordinal);
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("ping", body.GetProperty("type").GetString());
        Assert.Equal(subscription, body.GetProperty("data").GetProperty("subscriptionId").GetGuid());
        Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(200, delivery.GetProperty("lastStatus").GetInt32());
        Assert.False(delivery.TryGetProperty("payload", out _));
        // A tampered body or another secret fails the same check: the verifier can fail.
        Assert.NotNull(StandardWebhooksVerifier.Problem(secret, received.Id, received.Timestamp, received.Signature, received.Body + " ", DateTimeOffset.UtcNow));
        var (_, otherSecret) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "*");
        Assert.NotNull(StandardWebhooksVerifier.Problem(otherSecret, received.Id, received.Timestamp, received.Signature, received.Body, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task An_alert_reaches_only_the_subscriptions_whose_filter_takes_its_type_with_no_alert_text()
    {
        var (breaches, secret) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "DataBreach");
        var (access, _) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "AccessControl");
        var alert = Alert("DataBreach");

        await Host.App.Services.GetRequiredService<IBus>().Publish(alert);

        await Host.WaitUntilAsync(async () => (await WebhookApi.DeliveriesAsync(DpoCaller, breaches)).EnumerateArray()
            .Any(d => d.GetProperty("status").GetString() == "Delivered"));
        var received = Assert.Single(Receiver.Received);
        Assert.Null(StandardWebhooksVerifier.Problem(secret, received.Id, received.Timestamp, received.Signature, received.Body, DateTimeOffset.UtcNow));
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("alert.raised", body.GetProperty("type").GetString());
        var data = body.GetProperty("data");
        Assert.Equal(alert.AlertId, data.GetProperty("alertId").GetGuid());
        Assert.Equal("DataBreach", data.GetProperty("type").GetString());
        Assert.Equal("Critical", data.GetProperty("priority").GetString());
        Assert.Equal("DE", data.GetProperty("country").GetString());
        Assert.Equal(alert.Deadline, data.GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal(["alertId", "type", "priority", "country", "deadline", "raisedAt"], data.EnumerateObject().Select(p => p.Name));
        Assert.Empty((await WebhookApi.DeliveriesAsync(DpoCaller, access)).EnumerateArray());
    }

    [Fact]
    public async Task A_receiver_answering_500_twice_gets_exactly_three_attempts_then_none_more()
    {
        var (subscription, secret) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "*");
        Receiver.Answer = n => n <= 2 ? 500 : 200;

        await Host.App.Services.GetRequiredService<IBus>().Publish(Alert("AccessControl"));

        var delivery = await WaitForAnyStatusAsync(subscription, "Delivered");
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // longer than any retry wait: nothing more may come
        Assert.Equal([500, 500, 200], Receiver.Received.Select(r => r.AnsweredWith));
        Assert.Single(Receiver.Received.Select(r => r.Id).Distinct()); // one webhook-id across retries
        Assert.All(Receiver.Received, r => Assert.Null(StandardWebhooksVerifier.Problem(secret, r.Id, r.Timestamp, r.Signature, r.Body, DateTimeOffset.UtcNow)));
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal([500, 500, 200], delivery.GetProperty("history").EnumerateArray().Select(a => a.GetProperty("status").GetInt32()));
        Assert.Equal(0, (await WebhookApi.SubscriptionAsync(DpoCaller, subscription)).GetProperty("consecutiveFailures").GetInt32());
    }

    /// <summary>Issue 4: any 4xx other than 408/429, and 501/505 (no retry changes them), are permanent.</summary>
    [Theory]
    [InlineData(410)]
    [InlineData(501)]
    [InlineData(505)]
    public async Task A_receiver_answering_a_permanent_status_is_not_retried(int status)
    {
        var (subscription, _) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "*");
        Receiver.Answer = _ => status;

        await Host.App.Services.GetRequiredService<IBus>().Publish(Alert("EncryptionStatus"));

        var delivery = await WaitForAnyStatusAsync(subscription, "Failed");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(Receiver.Received);
        Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(status, delivery.GetProperty("lastStatus").GetInt32());
        var view = await WebhookApi.SubscriptionAsync(DpoCaller, subscription);
        Assert.True(view.GetProperty("enabled").GetBoolean());
        Assert.Equal(1, view.GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task A_receiver_failing_for_the_whole_window_is_disabled_and_its_organisation_told()
    {
        var (subscription, _) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "*");
        Receiver.Answer = _ => 500;

        await Host.App.Services.GetRequiredService<IBus>().Publish(Alert("BackupVerification"));

        var delivery = await WaitForAnyStatusAsync(subscription, "Failed", TimeSpan.FromSeconds(30));
        var attempts = delivery.GetProperty("attempts").GetInt32();
        Assert.InRange(attempts, 5, 30); // every 0.3 s for the 3 s window
        var first = delivery.GetProperty("history")[0].GetProperty("at").GetDateTimeOffset();
        var last = delivery.GetProperty("history")[attempts - 1].GetProperty("at").GetDateTimeOffset();
        Assert.InRange(last - first, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(8)); // the window, plus dispatch latency
        var view = await WebhookApi.SubscriptionAsync(DpoCaller, subscription);
        Assert.False(view.GetProperty("enabled").GetBoolean());
        Assert.NotNull(view.GetProperty("disabledReason").GetString());
        Assert.Single(await Host.PublishedAsync(nameof(WebhookEndpointDisabled)));
        await Host.WaitUntilAsync(() => Task.FromResult(Host.DisabledEndpoints.Count > 0));
        var disabled = Assert.Single(Host.DisabledEndpoints);
        Assert.Equal(subscription, disabled.SubscriptionId);
        Assert.Equal(Organization, disabled.OrganizationId);
        Assert.Equal("127.0.0.1", disabled.Host);

        // A disabled endpoint gets no more alerts.
        var before = Receiver.Received.Count;
        await Host.App.Services.GetRequiredService<IBus>().Publish(Alert("DataBreach"));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(before, Receiver.Received.Count);
        Assert.Single((await WebhookApi.DeliveriesAsync(DpoCaller, subscription)).EnumerateArray());
    }

    [Fact]
    public async Task Refused_deliveries_in_a_row_disable_the_endpoint_and_a_delivered_one_in_between_resets_the_count()
    {
        var (subscription, _) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "*");
        var bus = Host.App.Services.GetRequiredService<IBus>();

        foreach (var status in new[] { 410, 200, 410 })
        {
            Receiver.Answer = _ => status;
            var before = Receiver.Received.Count;
            await bus.Publish(Alert("DataBreach"));
            await Host.WaitUntilAsync(async () => Receiver.Received.Count == before + 1
                && (await WebhookApi.DeliveriesAsync(DpoCaller, subscription)).EnumerateArray().All(d => d.GetProperty("status").GetString() != "Pending"));
        }

        Assert.True((await WebhookApi.SubscriptionAsync(DpoCaller, subscription)).GetProperty("enabled").GetBoolean());
        Assert.Empty(Host.DisabledEndpoints);

        await bus.Publish(Alert("DataBreach"));

        await Host.WaitUntilAsync(() => Task.FromResult(Host.DisabledEndpoints.Count > 0));
        var view = await WebhookApi.SubscriptionAsync(DpoCaller, subscription);
        Assert.False(view.GetProperty("enabled").GetBoolean());
        Assert.Equal(2, view.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(4, Receiver.Received.Count);
    }

    private AlertRaised Alert(string type) => new()
    {
        AlertId = NewId.NextGuid(),
        OrganizationId = Organization,
        Type = type,
        Priority = "Critical",
        Country = "DE",
        Deadline = new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero),
        RaisedAt = DateTimeOffset.UtcNow,
    };

    private async Task<JsonElement> WaitForAnyStatusAsync(Guid subscription, string status, TimeSpan? timeout = null)
    {
        JsonElement found = default;
        await Host.WaitUntilAsync(
            async () =>
            {
                var match = (await WebhookApi.DeliveriesAsync(DpoCaller, subscription)).EnumerateArray()
                    .Where(d => d.GetProperty("status").GetString() == status).ToList();
                found = match.FirstOrDefault();
                return match.Count > 0;
            },
            timeout);
        return found;
    }

    private async Task<JsonElement> WaitForStatusAsync(Guid subscription, Guid deliveryId, string status)
    {
        JsonElement found = default;
        await Host.WaitUntilAsync(async () =>
        {
            found = await DpoCaller.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{subscription}/deliveries/{deliveryId}");
            return found.GetProperty("status").GetString() == status;
        });
        return found;
    }
}

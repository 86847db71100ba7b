namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary><c>/webhooks</c>: the secret is shown once and stored encrypted; organisations are isolated; bad input names its field.</summary>
public sealed class WebhookApiTests() : WebhookTestContext()
{
    [Fact]
    public async Task A_retried_subscription_with_the_same_idempotency_key_is_replayed_without_its_secret()
    {
        var key = "subscribe-" + Guid.NewGuid();
        var body = new { url = Receiver.Url, eventTypes = new[] { "DataBreach" } };

        var (firstStatus, first, _) = await PostWithKeyAsync("/api/v1/webhooks", body, key);
        var (replayStatus, replay, headers) = await PostWithKeyAsync("/api/v1/webhooks", body, key);

        Assert.Equal(HttpStatusCode.Created, firstStatus);
        var secret = first.GetProperty("secret").GetString();
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, replayStatus);
        Assert.Equal(first.GetProperty("id").GetGuid(), replay.GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, replay.GetProperty("secret").ValueKind);
        Assert.Equal(["true"], headers.GetValues("Idempotent-Replayed"));
        Assert.Equal(["secret"], headers.GetValues("Idempotent-Replay-Redacted"));
        Assert.Single(await Host.WithDbAsync(db => db.Set<WebhookSubscription>().AsNoTracking().Where(s => s.OrganizationId == Organization).ToListAsync()));
    }

    [Fact]
    public async Task A_secret_rotation_refuses_an_idempotency_key_so_no_rotated_secret_is_ever_replayed()
    {
        var (id, secret) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "DataBreach");

        var (status, problem, _) = await PostWithKeyAsync($"/api/v1/webhooks/{id}/rotate-secret", new { }, "rotate-" + Guid.NewGuid());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        var stored = await Host.WithDbAsync(db => db.Set<WebhookSubscription>().AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Null(stored.SecretRotatedAt);
        using var rotated = await DpoCaller.PostAsync($"/api/v1/webhooks/{id}/rotate-secret", null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(secret, (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, System.Net.Http.Headers.HttpResponseHeaders Headers)> PostWithKeyAsync(string path, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await DpoCaller.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Headers);
    }

    [Fact]
    public async Task The_secret_is_shown_once_in_the_Standard_Webhooks_format_and_stored_encrypted()
    {
        var (id, secret) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "DataBreach", "accesscontrol", "DataBreach");

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.InRange(Convert.FromBase64String(secret["whsec_".Length..]).Length, 24, 64);
        var read = await DpoCaller.GetStringAsync($"/api/v1/webhooks/{id}");
        var listed = await DpoCaller.GetStringAsync("/api/v1/webhooks");
        Assert.DoesNotContain(secret["whsec_".Length..], read, StringComparison.Ordinal);
        Assert.DoesNotContain("secret\"", read, StringComparison.Ordinal);
        Assert.DoesNotContain(secret["whsec_".Length..], listed, StringComparison.Ordinal);
        Assert.Equal(["DataBreach", "AccessControl"], JsonDocument.Parse(read).RootElement.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()));

        await WebhookApi.PingAsync(DpoCaller, id);
        await Host.WaitUntilAsync(() => Task.FromResult(Receiver.Received.Count == 1));
        var (storedSecret, storedPayload) = await Host.WithDbAsync(async db =>
        {
            var subscription = await db.Set<WebhookSubscription>().AsNoTracking().SingleAsync(s => s.Id == id);
            var delivery = await db.Set<WebhookDelivery>().AsNoTracking().SingleAsync(d => d.SubscriptionId == id);
            return (subscription.Secret, delivery.Payload);
        });
        Assert.StartsWith("pd1:", storedSecret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret["whsec_".Length..], storedSecret, StringComparison.Ordinal);
        Assert.StartsWith("pd1:", storedPayload, StringComparison.Ordinal);
        Assert.DoesNotContain("ping", storedPayload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rotated_secret_signs_the_next_delivery_and_the_old_one_no_longer_verifies()
    {
        var (id, old) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "*");

        using var rotated = await DpoCaller.PostAsync($"/api/v1/webhooks/{id}/rotate-secret", null);
        var secret = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        await WebhookApi.PingAsync(DpoCaller, id);

        await Host.WaitUntilAsync(() => Task.FromResult(Receiver.Received.Count == 1));
        var received = Receiver.Received[0];
        Assert.NotEqual(old, secret);
        Assert.Null(StandardWebhooksVerifier.Problem(secret, received.Id, received.Timestamp, received.Signature, received.Body, DateTimeOffset.UtcNow));
        Assert.NotNull(StandardWebhooksVerifier.Problem(old, received.Id, received.Timestamp, received.Signature, received.Body, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task Another_organisation_can_neither_see_nor_change_nor_ping_a_subscription()
    {
        var (id, _) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "*");
        using var other = await Host.CallerAsync(await Host.CreateOrganizationAsync("Other Ltd"), Roles.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/webhooks/{id}/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/webhooks/{id}/ping", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/webhooks/{id}/rotate-secret", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { url = Receiver.Url, eventTypes = new[] { "*" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/v1/webhooks")).EnumerateArray());
        Assert.Empty(Receiver.Received);
        Assert.Equal(HttpStatusCode.OK, (await DpoCaller.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_auditor_reads_subscriptions_and_logs_but_cannot_manage_them()
    {
        var (id, _) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "*");
        using var auditor = await Host.CallerAsync(Organization, Roles.Auditor);

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/v1/webhooks/{id}/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync($"/api/v1/webhooks/{id}/ping", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync("/api/v1/webhooks", new { url = Receiver.Url, eventTypes = new[] { "*" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_paused_subscription_is_re_enabled_by_PUT_and_a_deleted_one_is_gone()
    {
        var (id, _) = await WebhookApi.SubscribeAsync(DpoCaller, Receiver.Url, "*");

        using var paused = await DpoCaller.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { url = Receiver.Url, eventTypes = new[] { "DataBreach" }, enabled = false });
        var pausedView = await paused.Content.ReadFromJsonAsync<JsonElement>();
        using var resumed = await DpoCaller.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { url = Receiver.Url, eventTypes = new[] { "DataBreach" }, enabled = true });
        var resumedView = await resumed.Content.ReadFromJsonAsync<JsonElement>();
        var breakers = Host.App.Services.GetRequiredService<CircuitBreakerRegistry>();
        breakers.Get(WebhookSender.BreakerName(id)); // as its first delivery creates it
        using var deleted = await DpoCaller.DeleteAsync($"/api/v1/webhooks/{id}");

        Assert.False(pausedView.GetProperty("enabled").GetBoolean());
        Assert.True(resumedView.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, resumedView.GetProperty("disabledAt").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DpoCaller.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.False(breakers.TryFind(WebhookSender.BreakerName(id), out _), "the deleted subscription's breaker is still held");
    }

    [Theory]
    [InlineData("not a url", "url")]
    [InlineData("http://hooks.example.com/in", "url")]
    [InlineData("ftp://hooks.example.com/in", "url")]
    [InlineData("https://user:pw@hooks.example.com/in", "url")]
    public async Task A_bad_url_is_refused_naming_url(string url, string field)
    {
        using var response = await DpoCaller.PostAsJsonAsync("/api/v1/webhooks", new { url, eventTypes = new[] { "*" } });

        Assert.Equal([field], await WebhookApi.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Unknown_or_missing_event_types_are_refused_naming_the_entry()
    {
        using var unknown = await DpoCaller.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.com/in", eventTypes = new[] { "DataBreach", "Gossip", "7" } });
        using var none = await DpoCaller.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.com/in", eventTypes = Array.Empty<string>() });

        Assert.Equal(["eventTypes[1]", "eventTypes[2]"], await WebhookApi.ProblemFieldsAsync(unknown));
        Assert.Equal(["eventTypes"], await WebhookApi.ProblemFieldsAsync(none));
        Assert.Empty((await DpoCaller.GetFromJsonAsync<JsonElement>("/api/v1/webhooks")).EnumerateArray());
    }
}

namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>
/// Server-side request forgery through webhook URLs: internal addresses are refused at registration and, after DNS
/// changed, at connection (before a packet is sent); the delivery log then names no internal detail. Only loopback
/// receivers run here; the internal addresses are refused without any traffic.
/// </summary>
public sealed class WebhookOutboundGuardTests
{
    private const string PublicAddress = "93.184.215.14"; // never connected to: the name is moved to loopback first

    [Theory]
    [InlineData("https://127.0.0.1/in")]
    [InlineData("https://[::1]/in")]
    [InlineData("https://10.0.0.1/in")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://[::ffff:127.0.0.1]/in")]
    [InlineData("https://[fe80::1]/in")]
    [InlineData("https://100.64.0.1/in")]
    [InlineData("https://[fd00::1]/in")]
    [InlineData("https://localhost/in")]
    [InlineData("http://127.0.0.1:8080/in")]
    [InlineData("https://internal.example/in")] // a name that resolves to a private address
    [InlineData("https://mixed.example/in")] // one public and one internal address: refused outright
    public async Task When_a_url_points_at_an_internal_address_Should_refuse_the_subscription_naming_url(string url)
    {
        var dns = new ScriptedResolver();
        dns.Set("internal.example", "192.168.10.20");
        dns.Set("mixed.example", PublicAddress, "10.1.2.3");
        await using var host = await ModuleTestHost.StartAsync(h => h.WebhooksWith(s => s.AddSingleton<IOutboundAddressResolver>(dns)));
        using var dpo = await host.CallerAsync(await host.CreateOrganizationAsync("Acme Health"), Roles.Dpo);

        using var response = await dpo.PostAsJsonAsync("/api/v1/webhooks", new { url, eventTypes = new[] { "*" } });

        Assert.Equal(["url"], await WebhookApi.ProblemFieldsAsync(response));
        Assert.Empty((await dpo.GetFromJsonAsync<JsonElement>("/api/v1/webhooks")).EnumerateArray());
    }

    [Fact]
    public async Task When_an_update_moves_the_url_to_an_internal_address_Should_refuse_it_naming_url()
    {
        var dns = new ScriptedResolver();
        dns.Set("hooks.example", PublicAddress);
        await using var host = await ModuleTestHost.StartAsync(h => h.WebhooksWith(s => s.AddSingleton<IOutboundAddressResolver>(dns)));
        using var dpo = await host.CallerAsync(await host.CreateOrganizationAsync("Acme Health"), Roles.Dpo);
        var (id, _) = await WebhookApi.SubscribeAsync(dpo, "https://hooks.example/in", "*");

        using var response = await dpo.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { url = "https://169.254.169.254/latest", eventTypes = new[] { "*" } });

        Assert.Equal(["url"], await WebhookApi.ProblemFieldsAsync(response));
        Assert.Equal("https://hooks.example/in", (await WebhookApi.SubscriptionAsync(dpo, id)).GetProperty("url").GetString());
    }

    [Fact]
    public async Task When_the_operator_allows_loopback_Should_accept_a_plain_http_receiver_there_only()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.WebhooksWith(null, LoopbackReceivers.Allowed));
        using var dpo = await host.CallerAsync(await host.CreateOrganizationAsync("Acme Health"), Roles.Dpo);

        await WebhookApi.SubscribeAsync(dpo, "http://127.0.0.1:8080/in", "*");
        await WebhookApi.SubscribeAsync(dpo, "http://[::1]:8080/in", "*");
        using var elsewhere = await dpo.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://10.0.0.1/in", eventTypes = new[] { "*" } });

        Assert.Equal(["url"], await WebhookApi.ProblemFieldsAsync(elsewhere));
    }

    [Fact]
    public async Task When_the_name_resolves_to_loopback_after_registration_Should_refuse_the_connection_and_record_no_internal_detail()
    {
        await using var receiver = await CountingReceiver.StartAsync();
        var dns = new ScriptedResolver();
        dns.Set("rebind.example", PublicAddress);
        await using var host = await ModuleTestHost.StartAsync(h => h.WebhooksWith(s => s.AddSingleton<IOutboundAddressResolver>(dns)));
        using var dpo = await host.CallerAsync(await host.CreateOrganizationAsync("Acme Health"), Roles.Dpo);
        var (subscription, _) = await WebhookApi.SubscribeAsync(dpo, $"https://rebind.example:{receiver.Port}/hooks/in?token=t0k3n", "*");
        dns.Set("rebind.example", "127.0.0.1");

        var deliveryId = await WebhookApi.PingAsync(dpo, subscription);

        var delivery = await FinishedAsync(host, dpo, subscription, deliveryId);
        Assert.Equal("Failed", delivery.GetProperty("status").GetString());
        Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(JsonValueKind.Null, delivery.GetProperty("lastStatus").ValueKind);
        Assert.Equal(OutboundRequestRefusedException.Reason, delivery.GetProperty("lastError").GetString());
        var text = delivery.GetRawText();
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("loopback", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, receiver.Connections);
        Assert.Equal(0, receiver.Requests);
    }

    /// <summary>The control for the test above: the same receiver does see the connection when loopback is allowed.</summary>
    [Fact]
    public async Task When_loopback_is_allowed_the_same_connection_Should_reach_the_receiver()
    {
        await using var receiver = await CountingReceiver.StartAsync();
        var dns = new ScriptedResolver();
        dns.Set("rebind.example", "127.0.0.1");
        await using var host = await ModuleTestHost.StartAsync(h => h.WebhooksWith(s => s.AddSingleton<IOutboundAddressResolver>(dns), LoopbackReceivers.Allowed));
        using var dpo = await host.CallerAsync(await host.CreateOrganizationAsync("Acme Health"), Roles.Dpo);
        var (subscription, _) = await WebhookApi.SubscribeAsync(dpo, $"https://rebind.example:{receiver.Port}/hooks/in", "*");

        var delivery = await FinishedAsync(host, dpo, subscription, await WebhookApi.PingAsync(dpo, subscription));

        Assert.True(receiver.Connections > 0, "the receiver saw no connection");
        Assert.Equal("Failed", delivery.GetProperty("status").GetString()); // a TLS handshake to a plain-http port
        Assert.DoesNotContain("127.0.0.1", delivery.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delivery_logs_the_receivers_host_but_never_its_path_or_query()
    {
        var log = new CapturedLog();
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await ModuleTestHost.StartAsync(h => h.WebhooksWith(s => s.AddSingleton<ILogEventSink>(log), LoopbackReceivers.Allowed));
        using var dpo = await host.CallerAsync(await host.CreateOrganizationAsync("Acme Health"), Roles.Dpo);
        var (subscription, _) = await WebhookApi.SubscribeAsync(dpo, receiver.Url, "*");
        var target = new Uri(receiver.Url);

        var delivery = await FinishedAsync(host, dpo, subscription, await WebhookApi.PingAsync(dpo, subscription));

        Assert.Equal("Delivered", delivery.GetProperty("status").GetString());
        bool Logged() => log.Lines.Any(l => l.Contains("Client=\"webhooks\"", StringComparison.Ordinal) && l.Contains($"Host=\"{target.Host}\"", StringComparison.Ordinal));
        for (var wait = 0; wait < 400 && !Logged(); wait++)
        {
            await Task.Delay(50); // a busy machine may write the client's line after the delivery is recorded (seen at 5 s)
        }

        Assert.True(Logged(), string.Join("\n", log.Lines.Take(50)));
        Assert.DoesNotContain(log.Lines, l => l.Contains(target.AbsolutePath, StringComparison.Ordinal));
        Assert.DoesNotContain(log.Lines, l => l.Contains(target.Query.TrimStart('?'), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ComplianceHub.Notifications.Webhooks.WebhookSender.ClientName)]
    [InlineData(ComplianceHub.Notifications.Channels.Sms.SmsGateway.HttpClientName)]
    public async Task Every_outbound_client_connects_through_the_guard_without_redirects_or_proxy(string client)
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.WebhooksWith(null));

        var handler = OutboundHandlers.Primary(host.App.Services, client);

        Assert.False(handler.AllowAutoRedirect);
        Assert.False(handler.UseProxy);
        Assert.False(handler.UseCookies);
        Assert.NotNull(handler.ConnectCallback);
        Assert.Equal(nameof(OutboundAddressGuard.ConnectAsync), handler.ConnectCallback.Method.Name);
    }

    private static async Task<JsonElement> FinishedAsync(ModuleTestHost host, HttpClient client, Guid subscription, Guid deliveryId)
    {
        JsonElement found = default;
        await host.WaitUntilAsync(async () =>
        {
            found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{subscription}/deliveries/{deliveryId}");
            return found.GetProperty("status").GetString() != "Pending";
        });
        return found;
    }
}

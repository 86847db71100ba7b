namespace ComplianceHub.Notifications.Tests.Sms;

public sealed class SmsChannelTests
{
    private static readonly ChannelRecipient Dpo = new() { Id = Guid.NewGuid(), Name = "Dana", Phone = "+4915112345678" };

    private readonly string _data = System.IO.Directory.CreateTempSubdirectory("ch-sms-").FullName;

    [Fact]
    public async Task The_gateway_receives_valid_json_with_auth_and_idempotency_key_and_its_answer_gives_the_provider_id()
    {
        await using var gateway = await SmsGatewayReceiver.StartAsync();
        gateway.Answer = """{"messageId":"gw-99","accepted":true}""";
        var sms = Http(gateway, "Modules:Notifications:Sms:AuthorizationHeader=Bearer s3cret", "Modules:Notifications:Sms:MessageIdProperty=messageId",
            "Modules:Notifications:Sms:From=DPO Desk").Sms();
        var message = ChannelMessages.For(Dpo, title: "Laptop \"lost\"\nin Lyon");

        var result = await sms.SendAsync(message, CancellationToken.None);

        Assert.Equal(ChannelResult.Sent("gw-99"), result);
        var received = Assert.Single(gateway.Received);
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal(Dpo.Phone, body.GetProperty("to").GetString());
        Assert.Equal("DPO Desk", body.GetProperty("from").GetString());
        Assert.Equal("[Critical] Laptop \"lost\" in Lyon https://hub.example/ack/t0k3n", body.GetProperty("text").GetString());
        Assert.Equal(message.DeliveryId.ToString(), body.GetProperty("reference").GetString());
        Assert.StartsWith("application/json", received.ContentType, StringComparison.Ordinal);
        Assert.Equal("Bearer s3cret", received.Authorization);
        Assert.Equal(message.IdempotencyKey, received.IdempotencyKey);
    }

    [Fact]
    public async Task A_server_error_is_thrown_as_transient()
    {
        await using var gateway = await SmsGatewayReceiver.StartAsync();
        gateway.Status = 500;
        var sms = Http(gateway).Sms();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => sms.SendAsync(ChannelMessages.For(Dpo), CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(gateway.Received);
    }

    /// <summary>Issue 4: 408, 429, 500, 502, 503 and 504 are transient (thrown, retried); 501 and 505 are permanent like other refusals.</summary>
    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    [InlineData(422, false)]
    public async Task The_gateway_status_is_transient_or_permanent_as_the_failure_classifier_decides(int status, bool transient)
    {
        await using var gateway = await SmsGatewayReceiver.StartAsync();
        gateway.Status = status;
        var sms = Http(gateway).Sms();

        if (transient)
        {
            var error = await Assert.ThrowsAsync<HttpRequestException>(() => sms.SendAsync(ChannelMessages.For(Dpo), CancellationToken.None));
            Assert.Equal(status, (int)error.StatusCode!);
        }
        else
        {
            var result = await sms.SendAsync(ChannelMessages.For(Dpo), CancellationToken.None);
            Assert.False(result.Delivered);
            Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
        }

        Assert.Single(gateway.Received);
    }

    [Fact]
    public async Task A_refusal_is_returned_with_its_status_and_never_opens_the_breaker()
    {
        await using var gateway = await SmsGatewayReceiver.StartAsync();
        gateway.Status = 400;
        gateway.Answer = """{"error":"invalid number +4915112345678"}""";
        var services = Http(gateway);

        for (var i = 0; i < 5; i++)
        {
            var result = await services.Sms().SendAsync(ChannelMessages.For(Dpo), CancellationToken.None);

            Assert.False(result.Delivered);
            Assert.Contains("400", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(Dpo.Phone!, result.Error, StringComparison.Ordinal);
        }

        Assert.Equal(CircuitState.Closed, services.GetRequiredService<CircuitBreakerRegistry>().Get("sms").State);
        Assert.Equal(5, gateway.Received.Count);
    }

    [Fact]
    public async Task When_the_gateway_is_down_sends_throw_and_the_sms_breaker_opens()
    {
        var port = FreePort.Next();
        var services = SmsChannels.Build(_data, ["Modules:Notifications:Sms:Mode=Http", $"Modules:Notifications:Sms:Url=http://127.0.0.1:{port}/messages", .. LoopbackReceivers.Allowed]);
        var sms = services.Sms();

        for (var i = 0; i < 3; i++)
        {
            var failure = await Assert.ThrowsAsync<HttpRequestException>(() => sms.SendAsync(ChannelMessages.For(Dpo), CancellationToken.None));
            Assert.DoesNotContain(port.ToString(CultureInfo.InvariantCulture), failure.ToString(), StringComparison.Ordinal); // nor the address, in the dead letter
        }

        await Assert.ThrowsAsync<CircuitOpenException>(() => sms.SendAsync(ChannelMessages.For(Dpo), CancellationToken.None));
        Assert.Equal(CircuitState.Open, services.GetRequiredService<CircuitBreakerRegistry>().Get("sms").State);
    }

    [Fact]
    public async Task By_default_each_message_is_appended_as_a_json_line_to_the_outbox_file()
    {
        var sms = SmsChannels.Build(_data).Sms();
        var first = ChannelMessages.For(Dpo);
        var second = ChannelMessages.For(Dpo with { Phone = "+33612345678" }, title: "Second \"one\"");

        Assert.Equal(ChannelResult.Sent(first.DeliveryId.ToString()), await sms.SendAsync(first, CancellationToken.None));
        await sms.SendAsync(second, CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(Path.Combine(_data, "sms", "outbox.jsonl"));
        Assert.Equal(2, lines.Length);
        var line = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal("+33612345678", line.GetProperty("to").GetString());
        Assert.Equal("[Critical] Second \"one\" https://hub.example/ack/t0k3n", line.GetProperty("text").GetString());
        Assert.Equal(second.DeliveryId, line.GetProperty("deliveryId").GetGuid());
        Assert.Equal(second.IdempotencyKey, line.GetProperty("idempotencyKey").GetString());
    }

    [Fact]
    public void Only_recipients_with_a_phone_number_are_reachable()
    {
        var sms = SmsChannels.Build(_data).Sms();

        Assert.True(sms.CanReach(Dpo));
        Assert.False(sms.CanReach(Dpo with { Phone = null }));
        Assert.False(sms.CanReach(Dpo with { Phone = " " }));
    }

    [Theory]
    [InlineData("Url=http://sms.example.com/send", "Modules:Notifications:Sms:Url")]
    [InlineData("Url=", "Modules:Notifications:Sms:Url")]
    [InlineData("BodyTemplate={\"to\":{to},\"text\":\"{text}\"}", "Modules:Notifications:Sms:BodyTemplate")]
    [InlineData("Timeout=00:00:00", "Modules:Notifications:Sms:Timeout")]
    [InlineData("Method=GET", "Modules:Notifications:Sms:Method")]
    public void An_invalid_gateway_setting_stops_the_start_naming_its_key(string setting, string key)
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => SmsChannels.Build(
            _data, "Modules:Notifications:Sms:Mode=Http", "Modules:Notifications:Sms:Url=https://sms.example.com/send", "Modules:Notifications:Sms:" + setting));

        Assert.Contains(error.Errors, e => e.StartsWith(key, StringComparison.Ordinal));
    }

    private IServiceProvider Http(SmsGatewayReceiver gateway, params string[] settings) =>
        SmsChannels.Build(_data, ["Modules:Notifications:Sms:Mode=Http", $"Modules:Notifications:Sms:Url={gateway.Url}", .. LoopbackReceivers.Allowed, .. settings]);
}

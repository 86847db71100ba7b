namespace ComplianceHub.Notifications.Tests.EndToEnd;

/// <summary>
/// Issue 4 and 7: an open circuit breaker costs a delivery an attempt, never the message. A High alert's email that
/// meets the open <c>smtp</c> breaker is recorded as a failed attempt (<c>CircuitOpenException</c>), the alert fails
/// over to SMS at once, and once the breaker lets calls through again exactly one email arrives.
/// </summary>
public sealed class SmtpBreakerOpenFailoverTests
{
    // The tests start at MondayMorning: working hours, so a High alert plans email and in-app, not SMS.

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    /// <summary>Longer than two retry delays: the first retry meets the breaker still open. Shorter than the first escalation (15 min).</summary>
    private static readonly TimeSpan BreakerRecovery = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task When_an_operator_holds_the_smtp_breaker_open_the_alert_fails_over_to_sms_and_the_email_follows_once_it_is_closed()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var gateway = await SmsGatewayReceiver.StartAsync();
        await using var host = await StartAsync(smtp, gateway);
        var (dpoClient, alertOf) = await PrepareAsync(host);
        await ForceAsync(host, "force-open");

        var alert = await alertOf("High");

        // The gateway has the SMS before the consumer commits its evidence: wait for the record, not the receipt.
        await host.WaitUntilAsync(() => Task.FromResult(!gateway.Received.IsEmpty));
        await host.WaitUntilAsync(async () => (await host.AttemptsAsync(alert, "Sms")).Count == 1);
        await AssertRejectedByTheBreakerAsync(host, alert, attempts: 1);
        Assert.Empty(smtp.Messages);

        // The retry meets the breaker still open: one more rejected attempt, no second failover.
        host.Clock.Advance(RetryDelay);
        await host.WaitUntilAsync(async () => (await host.AttemptsAsync(alert, "Email")).Count == 2);
        await AssertRejectedByTheBreakerAsync(host, alert, attempts: 2);

        await ForceAsync(host, "force-close");
        host.Clock.Advance(RetryDelay);

        await AssertTheEmailArrivesOnceAsync(host, smtp, gateway, alert, ["Failed", "Failed", "Delivered"]);
        dpoClient.Dispose();
    }

    [Fact]
    public async Task When_the_retry_comes_before_the_breakers_recovery_it_is_rejected_and_the_email_goes_out_once_after_recovery()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var gateway = await SmsGatewayReceiver.StartAsync();
        await using var host = await StartAsync(smtp, gateway,
            // One failure opens the breaker; the retry a minute later finds it open (recovery after five).
            "Resilience:CircuitBreakers:Breakers:smtp:FailureThreshold=1",
            "Resilience:CircuitBreakers:Breakers:smtp:MinimumThroughput=1",
            $"Resilience:CircuitBreakers:Breakers:smtp:RecoveryTimeout={BreakerRecovery:c}",
            "Resilience:CircuitBreakers:Breakers:smtp:HalfOpenTrialCalls=1",
            "Resilience:CircuitBreakers:Breakers:smtp:SuccessesToClose=1");
        var (dpoClient, alertOf) = await PrepareAsync(host);
        await smtp.StopAsync();

        var alert = await alertOf("Critical");

        await host.WaitUntilAsync(() => Task.FromResult(!gateway.Received.IsEmpty));
        await host.WaitUntilAsync(async () => (await host.AttemptsAsync(alert, "Email")).Count == 1);
        Assert.DoesNotContain("CircuitOpenException", Error(Assert.Single(await host.AttemptsAsync(alert, "Email"))), StringComparison.Ordinal);
        await smtp.StartAsync();

        host.Clock.Advance(RetryDelay);
        await host.WaitUntilAsync(async () => (await host.AttemptsAsync(alert, "Email")).Count == 2);
        var rejected = (await host.AttemptsAsync(alert, "Email"))[1];
        Assert.Equal("Failed", Outcome(rejected));
        Assert.StartsWith("CircuitOpenException", Error(rejected), StringComparison.Ordinal);
        Assert.Empty(smtp.Messages);

        host.Clock.Advance(BreakerRecovery);

        await AssertTheEmailArrivesOnceAsync(host, smtp, gateway, alert, ["Failed", "Failed", "Delivered"]);
        dpoClient.Dispose();
    }

    private static Task<ModuleTestHost> StartAsync(SmtpTestServer smtp, SmsGatewayReceiver gateway, params string[] settings) =>
        ModuleTestHost.StartAsync(h => h.EndToEnd(MondayMorning,
        [
            .. EndToEndSettings.Smtp(smtp),
            .. EndToEndSettings.SmsGateway(gateway),
            $"Modules:Notifications:DeliveryRetryBaseDelay={RetryDelay:c}",
            $"Modules:Notifications:DeliveryRetryMaxDelay={RetryDelay:c}",
            .. settings,
        ]));

    private static async Task<(HttpClient DpoClient, Func<string, Task<Guid>> Raise)> PrepareAsync(ModuleTestHost host)
    {
        var organization = await host.CreateOrganizationAsync("Acme GmbH");
        var (key, actor) = await host.CreateKeyAsync(organization, "Dpo");
        var dpoClient = host.ClientWith(key);
        await host.DpoAsync(dpoClient, "Rita Regional", "rita.regional@acme.example", ["DE"], userId: actor);
        return (dpoClient, priority => host.RaiseAsync(dpoClient, priority, "DE"));
    }

    private static async Task ForceAsync(ModuleTestHost host, string action)
    {
        using var response = await host.Client.PostAsJsonAsync($"/api/v1/circuit-breakers/smtp/{action}", new { reason = "relay maintenance" });
        response.EnsureSuccessStatusCode();
    }

    private static async Task AssertRejectedByTheBreakerAsync(ModuleTestHost host, Guid alert, int attempts)
    {
        var emails = await host.AttemptsAsync(alert, "Email");
        Assert.Equal(attempts, emails.Count);
        Assert.All(emails, e =>
        {
            Assert.Equal("Failed", Outcome(e));
            Assert.StartsWith("CircuitOpenException", Error(e), StringComparison.Ordinal);
        });

        // Failover at once (no clock travel needed), and only once however many retries the breaker rejects.
        Assert.Equal("Delivered", Outcome(Assert.Single(await host.AttemptsAsync(alert, "Sms"))));
    }

    private static async Task AssertTheEmailArrivesOnceAsync(
        ModuleTestHost host, SmtpTestServer smtp, SmsGatewayReceiver gateway, Guid alert, string[] expected)
    {
        var email = await smtp.WaitForMessageAsync(m => m.Headers["X-ComplianceHub-Alert"] == alert.ToString(), TimeSpan.FromSeconds(20));
        Assert.Equal("rita.regional@acme.example", Assert.Single(email.To.Mailboxes).Address);
        await host.WaitUntilAsync(async () => (await host.AttemptsAsync(alert, "Email")).Count == expected.Length);
        host.Clock.Advance(RetryDelay * 3);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(smtp.Messages);
        Assert.Single(gateway.Received);
        var emails = await host.AttemptsAsync(alert, "Email");
        Assert.Equal(expected, emails.Select(Outcome));
        Assert.Equal(email.MessageId, emails[^1].GetProperty("providerMessageId").GetString());
        Assert.Equal(0, await host.PendingTimersAsync("SendAlertOnChannel"));
    }

    private static string? Outcome(JsonElement attempt) => attempt.GetProperty("outcome").GetString();

    private static string Error(JsonElement attempt) => attempt.GetProperty("error").GetString() ?? "";
}
